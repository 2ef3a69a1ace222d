package dev.statuskit.header.internal;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Link} field value (RFC 8288 §3): a target URI reference and a relation type, plus
 * optional target attributes.
 *
 * <p>Immutable. The target is emitted in its ASCII form ({@link URI#toASCIIString()}), so non-ASCII
 * characters are percent-encoded and no CR or LF can reach the header. {@code rel} is required,
 * occurs once and is always quoted; other parameter values are quoted when they are not tokens.
 *
 * <pre>{@code
 * Link.blockedBy(URI.create("https://isp.example/"));  // <https://isp.example/>; rel="blocked-by"
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8288#section-3">RFC 8288 §3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7725#section-4">RFC 7725 §4</a>
 * @since 0.3.0
 */
public final class Link {

  private final URI target;
  private final String rel;
  private final Map<String, String> params;
  private final String value;

  private Link(URI target, String rel, Map<String, String> params) {
    this.target = target;
    this.rel = rel;
    this.params = params;
    StringBuilder sb = new StringBuilder().append('<').append(target.toASCIIString()).append(">; rel=")
        .append(FieldSyntax.quote(rel, "rel"));
    params.forEach((k, v) -> sb.append("; ").append(k).append('=')
        .append(FieldSyntax.isToken(v) ? v : FieldSyntax.quote(v, k)));
    this.value = sb.toString();
  }

  /**
   * A link with a relation type.
   *
   * @param target the target URI reference
   * @param rel one or more relation types separated by single spaces: registered names
   *     ({@code LOALPHA *( LOALPHA / DIGIT / "." / "-" )}) or absolute URIs
   * @return the link
   * @throws IllegalArgumentException if {@code rel} is malformed
   */
  public static Link of(URI target, String rel) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rel, "rel");
    if (rel.isEmpty()) {
      throw new IllegalArgumentException("rel \"\" is empty (RFC 8288 §3.3: rel MUST be present)");
    }
    for (String type : rel.split(" ", -1)) {
      if (!isRelationType(type)) {
        throw new IllegalArgumentException("relation type " + FieldSyntax.show(type) + " in rel "
            + FieldSyntax.show(rel) + " is neither a registered name nor an absolute URI (RFC 8288 §3.3)");
      }
    }
    return new Link(target, rel, Map.of());
  }

  /**
   * The link of a 451 to the entity that implements the block (RFC 7725 §4).
   *
   * @param blocker the URI identifying the blocking entity
   * @return {@code <blocker>; rel="blocked-by"}
   */
  public static Link blockedBy(URI blocker) {
    return of(blocker, "blocked-by");
  }

  /**
   * This link with one more target attribute.
   *
   * @param name a token other than {@code rel}, not yet present
   * @param value text of SP, HTAB and visible US-ASCII
   * @return a new link
   * @throws IllegalArgumentException if the name is invalid or repeated, or the value cannot be quoted
   */
  public Link param(String name, String value) {
    FieldSyntax.requireToken(name, "link-param name");
    FieldSyntax.requireQuotable(Objects.requireNonNull(value, "value"), "link-param " + name);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("rel") || params.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name))) {
      throw new IllegalArgumentException("link-param " + FieldSyntax.show(name)
          + " is already present (RFC 8288 §3: rel MUST occur once; parameters are not repeated)");
    }
    Map<String, String> next = new LinkedHashMap<>(params);
    next.put(name, value);
    return new Link(target, rel, Collections.unmodifiableMap(next));
  }

  private static boolean isRelationType(String type) {
    if (type.isEmpty()) {
      return false;
    }
    char c0 = type.charAt(0);
    if (c0 >= 'a' && c0 <= 'z') {
      boolean reg = true;
      for (int i = 1; i < type.length(); i++) {
        char c = type.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
          reg = false;
          break;
        }
      }
      if (reg) {
        return true;
      }
    }
    try {
      URI u = new URI(type);
      return u.isAbsolute() && FieldSyntax.requireQuotable(type, "rel").equals(type);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The target.
   *
   * @return the URI reference
   */
  public URI target() {
    return target;
  }

  /**
   * The relation type(s).
   *
   * @return for example {@code blocked-by}
   */
  public String rel() {
    return rel;
  }

  /**
   * Target attributes other than {@code rel}.
   *
   * @return an unmodifiable, ordered map of unquoted values
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * The field value.
   *
   * @return for example {@code <https://isp.example/>; rel="blocked-by"}
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Link l && l.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
