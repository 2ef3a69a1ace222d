package dev.statuskit.header;

import dev.statuskit.header.internal.FieldSyntax;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entity tag for {@code ETag} (RFC 9110 §8.8.3): {@code "opaque"} or {@code W/"opaque"}.
 *
 * <p>Immutable. The opaque part is {@code *etagc}: visible US-ASCII except {@code "}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3">RFC 9110 §8.8.3</a>
 * @since 0.1.0
 */
public final class EntityTag {

  private final String opaque;
  private final boolean weak;

  private EntityTag(String opaque, boolean weak) {
    this.opaque = opaque;
    this.weak = weak;
  }

  /**
   * A strong entity tag.
   *
   * @param opaque the tag without quotes
   * @return the tag
   * @throws IllegalArgumentException if the tag holds a {@code "}, whitespace, a control or a non-ASCII character
   */
  public static EntityTag strong(String opaque) {
    return new EntityTag(check(opaque), false);
  }

  /**
   * A weak entity tag.
   *
   * @param opaque the tag without quotes
   * @return the tag
   * @throws IllegalArgumentException as {@link #strong}
   */
  public static EntityTag weak(String opaque) {
    return new EntityTag(check(opaque), true);
  }

  /**
   * Parses {@code "x"} or {@code W/"x"}.
   *
   * @param value the field value
   * @return the tag
   * @throws IllegalArgumentException if it is malformed
   */
  public static EntityTag parse(String value) {
    Objects.requireNonNull(value, "value");
    boolean weak = value.startsWith("W/");
    String rest = weak ? value.substring(2) : value;
    if (rest.length() < 2 || rest.charAt(0) != '"' || rest.charAt(rest.length() - 1) != '"') {
      throw new IllegalArgumentException("entity-tag " + FieldSyntax.show(value)
          + " is malformed (RFC 9110 §8.8.3: [ W/ ] DQUOTE *etagc DQUOTE)");
    }
    return new EntityTag(check(rest.substring(1, rest.length() - 1)), weak);
  }

  private static String check(String opaque) {
    Objects.requireNonNull(opaque, "opaque");
    for (int i = 0; i < opaque.length(); i++) {
      char c = opaque.charAt(i);
      if (c < 0x21 || c > 0x7e || c == '"') {
        throw new IllegalArgumentException("entity-tag " + FieldSyntax.show(opaque) + " has character U+"
            + String.format("%04X", (int) c) + " at index " + i
            + " (RFC 9110 §8.8.3: etagc = %x21 / %x23-7E / obs-text)");
      }
    }
    return opaque;
  }

  /**
   * The opaque tag.
   *
   * @return the tag without quotes
   */
  public String opaque() {
    return opaque;
  }

  /**
   * Whether the tag is weak.
   *
   * @return {@code true} for {@code W/"..."}
   */
  public boolean isWeak() {
    return weak;
  }

  /**
   * The field value.
   *
   * @return for example {@code W/"v1"}
   */
  public String value() {
    return (weak ? "W/\"" : "\"") + opaque + '"';
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EntityTag t && t.weak == weak && t.opaque.equals(opaque);
  }

  @Override
  public int hashCode() {
    return opaque.hashCode() * 31 + (weak ? 1 : 0);
  }

  /** Returns {@link #value()}. */
  @Override
  public String toString() {
    return value();
  }
}
