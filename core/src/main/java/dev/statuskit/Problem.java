package dev.statuskit;

import dev.statuskit.header.internal.FieldSyntax;
import dev.statuskit.internal.ProblemMembers;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem details object: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} and ordered extension members.
 *
 * <p>Immutable; a {@link Builder} is the only way in. {@code type} defaults to {@code about:blank};
 * with {@code about:blank} and a status, {@code title} defaults to the status's RFC 9110 reason
 * phrase (RFC 9457 §4.2.1). Extension names must match {@code ^[A-Za-z][A-Za-z0-9_]{2,}$} and may not
 * be a standard member name (RFC 9457 §4); extension values may be {@code null}.
 *
 * <pre>{@code
 * Problem p = Problem.builder()
 *     .status(429)
 *     .detail("Slow down.")
 *     .extension("limit", 100)
 *     .build();
 * p.title();   // Optional["Too Many Requests"]
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 §3</a>
 * @since 0.1.0
 */
public final class Problem {

  /** The default problem type (RFC 9457 §4.2.1). */
  public static final URI ABOUT_BLANK = URI.create("about:blank");

  /** The names of the standard members, which extensions cannot use. */
  public static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

  /**
   * Extension member names that registered problem types define outside the RFC 9457 §4 pattern,
   * accepted by {@link Builder#extension} like names that match it: {@code violated-policies} of the
   * quota problem types of the httpapi "RateLimit header fields" draft.
   *
   * @since 0.3.0
   */
  public static final Set<String> REGISTERED_EXTENSION_NAMES = Set.of("violated-policies");

  static {
    // The members as held, for StatusKit's writers on the error path: no Optional per member.
    ProblemMembers.install(new ProblemMembers.Access() {
      @Override
      public @Nullable String title(Problem p) {
        return p.title;
      }

      @Override
      public int status(Problem p) {
        return p.status;
      }

      @Override
      public @Nullable String detail(Problem p) {
        return p.detail;
      }

      @Override
      public @Nullable URI instance(Problem p) {
        return p.instance;
      }
    });
  }

  private final URI type;
  private final @Nullable String title;
  private final int status; // 0 when absent
  private final @Nullable String detail;
  private final @Nullable URI instance;
  private final Map<String, @Nullable Object> extensions;

  private Problem(Builder b) {
    this(b.type, b.title, b.status, b.detail, b.instance,
        b.extensions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions)));
  }

  /** {@code extensions} is an unmodifiable map this problem owns. */
  private Problem(URI type, @Nullable String title, int status, @Nullable String detail, @Nullable URI instance,
      Map<String, @Nullable Object> extensions) {
    this.type = type;
    this.status = status;
    this.detail = detail;
    this.instance = instance;
    this.extensions = extensions;
    String t = title;
    if (t == null && status != 0 && ABOUT_BLANK.equals(type)) {
      String phrase = HttpStatus.valueOf(status).reasonPhrase();
      t = phrase.isEmpty() ? null : phrase;
    }
    this.title = t;
  }

  /**
   * A new builder with {@code type} {@code about:blank} and nothing else.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A problem with only a status (and the default title).
   *
   * @param status a code in 100-599
   * @return the problem
   * @throws IllegalArgumentException if the status is outside 100-599
   */
  public static Problem of(int status) {
    return builder().status(status).build();
  }

  /**
   * A builder that starts from this problem.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.title = title;
    b.status = status;
    b.detail = detail;
    b.instance = instance;
    b.extensions.putAll(extensions);
    return b;
  }

  /**
   * The problem type.
   *
   * @return a URI reference; {@code about:blank} when none was given
   */
  public URI type() {
    return type;
  }

  /**
   * The short summary of the problem type.
   *
   * @return the title, or empty
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * The HTTP status code of this occurrence.
   *
   * @return the status, or empty
   */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * The explanation specific to this occurrence.
   *
   * @return the detail, or empty
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * The URI reference that identifies this occurrence.
   *
   * @return the instance, or empty
   */
  public Optional<URI> instance() {
    return Optional.ofNullable(instance);
  }

  /**
   * The extension members, in insertion order.
   *
   * @return an unmodifiable map whose values may be {@code null}
   */
  public Map<String, @Nullable Object> extensions() {
    return extensions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Problem p && p.status == status && p.type.equals(type) && Objects.equals(p.title, title)
        && Objects.equals(p.detail, detail) && Objects.equals(p.instance, instance)
        && p.extensions.equals(extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, instance, extensions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Problem{type=").append(type);
    if (title != null) {
      sb.append(", title=").append(title);
    }
    if (status != 0) {
      sb.append(", status=").append(status);
    }
    if (detail != null) {
      sb.append(", detail=").append(detail);
    }
    if (instance != null) {
      sb.append(", instance=").append(instance);
    }
    extensions.forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
    return sb.append('}').toString();
  }

  /**
   * Whether a name may be used for an extension member (RFC 9457 §4).
   *
   * @param name the candidate
   * @return {@code true} if it matches {@code ^[A-Za-z][A-Za-z0-9_]{2,}$} and is not a standard member
   */
  public static boolean isValidExtensionName(String name) {
    return name.length() >= 3 && !STANDARD_MEMBERS.contains(name) && isLetterThenNameChars(name, false);
  }

  /**
   * Whether a name is an ASCII letter followed by ASCII letters, digits or {@code _} (and {@code -}
   * when allowed); the length and reserved names are the callers' checks.
   */
  private static boolean isLetterThenNameChars(String name, boolean hyphen) {
    char c0 = name.charAt(0);
    if (!(c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || hyphen && c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The one check of an extension member name, for the builder and {@link HttpException#extension}. */
  /**
   * Whether a name outside the RFC 9457 §4 pattern is one that JSON and XML both carry unchanged:
   * an ASCII letter, then at least two ASCII letters, digits, {@code _} or {@code -}; not starting
   * with "xml" in any case (XML 1.0 §2.3 reserves it), without {@code _x} (the escape of the XML
   * representation), not a standard member. Such names may be used by
   * {@link Builder#portableExtension}; RFC 9457 §3.2 makes the pattern a SHOULD, for names that
   * other formats must also carry.
   *
   * @param name the candidate
   * @return {@code true} if JSON and XML carry it unchanged
   * @since 0.3.0
   */
  public static boolean isPortableExtensionName(String name) {
    return name.length() >= 3 && !STANDARD_MEMBERS.contains(name) && !name.regionMatches(true, 0, "xml", 0, 3)
        && !name.contains("_x") && isLetterThenNameChars(name, true);
  }

  /** The rule of {@link Builder#portableExtension}: a name of the RFC 9457 pattern, or a portable one. */
  static void checkPortableExtensionName(String name) {
    Objects.requireNonNull(name, "name");
    if (isValidExtensionName(name) || isPortableExtensionName(name)) {
      return;
    }
    checkExtensionName(name); // throws for a standard member or a name outside the pattern
    throw new IllegalArgumentException("extension member name " + FieldSyntax.show(name)
        + " is not carried unchanged by JSON and XML (an ASCII letter, then letters, digits, \"_\" or \"-\";"
        + " not starting with \"xml\", without \"_x\"; XML 1.0 §2.3)");
  }

  static void checkExtensionName(String name) {
    Objects.requireNonNull(name, "name");
    if (isValidExtensionName(name) || REGISTERED_EXTENSION_NAMES.contains(name)) {
      return; // the common case: one look at the standard names, in isValidExtensionName
    }
    if (STANDARD_MEMBERS.contains(name)) {
      throw new IllegalArgumentException("extension member name \"" + name
          + "\" is a standard member; set it with its own builder method (RFC 9457 §3.1)");
    }
    throw new IllegalArgumentException("extension member name " + FieldSyntax.show(name)
        + " does not match ^[A-Za-z][A-Za-z0-9_]{2,}$ (RFC 9457 §4: a letter, then letters, digits"
        + " or \"_\", at least three characters)"
        + (isPortableExtensionName(name) ? "; to send it anyway, use portableExtension(..)" : ""));
  }

  /**
   * A problem from members already checked (names by {@link #checkExtensionName}, status
   * registered or in range): what {@link Builder#build()} makes of the same members, without a
   * builder and without copying the extension map, which the caller hands over unmodifiable and
   * never changes again; for {@link HttpException#toProblem()} on the error path.
   */
  static Problem ofChecked(URI type, @Nullable String title, int status, @Nullable String detail,
      @Nullable URI instance, Map<String, @Nullable Object> unmodifiableExtensions) {
    return new Problem(type, title, status, detail, instance, unmodifiableExtensions);
  }

  /**
   * This problem with one extension member added, or replaced in its place: what
   * {@code toBuilder().extension(name, value).build()} makes, with the extension members copied once
   * and the other members shared.
   *
   * @param name matches {@code ^[A-Za-z][A-Za-z0-9_]{2,}$} and is not a standard member name, or
   *     is one of {@link #REGISTERED_EXTENSION_NAMES}
   * @param value the value, possibly {@code null}
   * @return a new problem
   * @throws IllegalArgumentException if the name is invalid
   * @since 0.3.0
   */
  public Problem withExtension(String name, @Nullable Object value) {
    checkExtensionName(name);
    Map<String, @Nullable Object> members = new LinkedHashMap<>(extensions);
    members.put(name, value);
    return new Problem(type, title, status, detail, instance, Collections.unmodifiableMap(members));
  }

  /**
   * This problem with another {@code instance}; the other members are shared, not copied.
   *
   * @param instance a URI reference for this occurrence
   * @return a new problem
   * @since 0.3.0
   */
  public Problem withInstance(URI instance) {
    return new Problem(type, title, status, detail, Objects.requireNonNull(instance, "instance"), extensions);
  }

  /**
   * This problem with another {@code title} and {@code detail}, as the localize stage writes them in
   * the client's language; {@code type}, {@code status}, {@code instance} and the extension members
   * are shared, not copied. A {@code null} title of an {@code about:blank} problem is the status's
   * reason phrase, as {@link Builder#build()} makes it.
   *
   * @param title the title, or {@code null} for none
   * @param detail the detail, or {@code null} for none
   * @return a new problem
   * @since 0.3.0
   */
  public Problem withTitleAndDetail(@Nullable String title, @Nullable String detail) {
    return new Problem(type, title, status, detail, instance, extensions);
  }

  /** Builds a {@link Problem}. Not thread-safe. */
  public static final class Builder {
    private URI type = ABOUT_BLANK;
    private @Nullable String title;
    private int status;
    private @Nullable String detail;
    private @Nullable URI instance;
    private final Map<String, @Nullable Object> extensions = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the problem type.
     *
     * @param type a URI reference; absolute, or relative with a full path (RFC 9457 §3.1.1)
     * @return this builder
     */
    public Builder type(URI type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets the problem type from a string.
     *
     * @param type a URI reference
     * @return this builder
     * @throws IllegalArgumentException if the string is not a URI reference (RFC 3986)
     */
    public Builder type(String type) {
      return type(parseUri(type, "type"));
    }

    /**
     * Sets the title; {@code null} restores the default.
     *
     * @param title a short summary of the problem type
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status a code in 100-599
     * @return this builder
     * @throws IllegalArgumentException if outside 100-599
     */
    public Builder status(int status) {
      HttpStatus.valueOf(status);
      this.status = status;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(HttpStatus status) {
      this.status = Objects.requireNonNull(status, "status").code();
      return this;
    }

    /**
     * Removes the status.
     *
     * @return this builder
     */
    public Builder noStatus() {
      this.status = 0;
      return this;
    }

    /**
     * Sets the detail; {@code null} removes it.
     *
     * @param detail an explanation of this occurrence, to help the client fix it
     * @return this builder
     */
    public Builder detail(@Nullable String detail) {
      this.detail = detail;
      return this;
    }

    /**
     * Sets the instance; {@code null} removes it.
     *
     * @param instance a URI reference that identifies this occurrence
     * @return this builder
     */
    public Builder instance(@Nullable URI instance) {
      this.instance = instance;
      return this;
    }

    /**
     * Sets the instance from a string.
     *
     * @param instance a URI reference
     * @return this builder
     * @throws IllegalArgumentException if the string is not a URI reference
     */
    public Builder instance(String instance) {
      return instance(parseUri(instance, "instance"));
    }

    /**
     * Adds or replaces an extension member; members keep the order in which they were first added.
     *
     * @param name matches {@code ^[A-Za-z][A-Za-z0-9_]{2,}$} and is not a standard member name, or
     *     is one of {@link #REGISTERED_EXTENSION_NAMES}
     * @param value the value, possibly {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the name is invalid
     */
    public Builder extension(String name, @Nullable Object value) {
      checkExtensionName(name);
      extensions.put(name, value);
      return this;
    }

    /**
     * Adds or replaces an extension member whose name may be outside the RFC 9457 §4 pattern, such
     * as {@code acme-trace}: an explicit opt-in for names that JSON and XML carry unchanged
     * ({@link #isPortableExtensionName}). Other formats, and clients that keep to the pattern, may
     * not be able to use such a member.
     *
     * @param name a name of the pattern, or a portable one
     * @param value the value, possibly {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the name is a standard member or not portable
     * @since 0.3.0
     */
    public Builder portableExtension(String name, @Nullable Object value) {
      checkPortableExtensionName(name);
      extensions.put(name, value);
      return this;
    }

    /**
     * Adds every entry of a map as an extension member.
     *
     * @param members names and values
     * @return this builder
     * @throws IllegalArgumentException if a name is invalid
     */
    public Builder extensions(Map<String, ? extends @Nullable Object> members) {
      members.forEach(this::extension);
      return this;
    }

    /**
     * Removes an extension member.
     *
     * @param name its name
     * @return this builder
     */
    public Builder removeExtension(String name) {
      extensions.remove(name);
      return this;
    }

    /**
     * The immutable problem.
     *
     * @return the problem
     */
    public Problem build() {
      return new Problem(this);
    }

    private static URI parseUri(String s, String member) {
      Objects.requireNonNull(s, member);
      try {
        return new URI(s);
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException(member + " " + FieldSyntax.show(s)
            + " is not a URI reference (RFC 3986 §4.1): " + e.getReason(), e);
      }
    }
  }
}
