package dev.statuskit.header;

import dev.statuskit.header.internal.FieldSyntax;
import java.util.OptionalLong;

/**
 * A {@code Content-Range} value (RFC 9110 §14.4): a satisfied range {@code bytes 0-499/1234} for
 * 206, or an unsatisfied range {@code bytes *}{@code /1234} for 416.
 *
 * <p>Immutable. Positions are validated: first &lt;= last, and last &lt; complete length when
 * that is known.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-14.4">RFC 9110 §14.4</a>
 * @since 0.1.0
 */
public final class ContentRange extends FieldValue {

  private final String unit;
  private final long first;
  private final long last;
  private final long completeLength; // -1 when unknown ("*")
  private final String value;

  private ContentRange(String unit, long first, long last, long completeLength) {
    this.unit = unit;
    this.first = first;
    this.last = last;
    this.completeLength = completeLength;
    this.value = first < 0
        ? unit + " */" + completeLength
        : unit + ' ' + first + '-' + last + '/' + (completeLength < 0 ? "*" : Long.toString(completeLength));
  }

  /**
   * The value of a 416 for a byte range: {@code bytes *}{@code /N}.
   *
   * @param completeLength the current length of the selected representation, zero or more
   * @return the value
   * @throws IllegalArgumentException if the length is negative
   */
  public static ContentRange unsatisfied(long completeLength) {
    return unsatisfied("bytes", completeLength);
  }

  /**
   * The value of a 416 for a range unit other than bytes.
   *
   * @param unit the range unit, a token
   * @param completeLength zero or more
   * @return the value
   * @throws IllegalArgumentException if the unit is not a token or the length is negative
   */
  public static ContentRange unsatisfied(String unit, long completeLength) {
    FieldSyntax.requireToken(unit, "range-unit");
    if (completeLength < 0) {
      throw new IllegalArgumentException("complete-length " + completeLength
          + " is negative (RFC 9110 §14.4: complete-length = 1*DIGIT)");
    }
    return new ContentRange(unit, -1, -1, completeLength);
  }

  /**
   * A satisfied byte range for a 206.
   *
   * @param first the first byte position
   * @param last the last byte position, inclusive
   * @param completeLength the complete length, or a negative number when unknown ({@code *})
   * @return the value
   * @throws IllegalArgumentException if {@code first > last}, a position is negative, or
   *     {@code last >= completeLength}
   */
  public static ContentRange bytes(long first, long last, long completeLength) {
    if (first < 0 || last < first || completeLength >= 0 && last >= completeLength) {
      throw new IllegalArgumentException("byte range " + first + "-" + last + "/"
          + (completeLength < 0 ? "*" : completeLength)
          + " is invalid (RFC 9110 §14.4: first-pos <= last-pos < complete-length)");
    }
    return new ContentRange("bytes", first, last, completeLength < 0 ? -1 : completeLength);
  }

  /**
   * The range unit.
   *
   * @return for example {@code bytes}
   */
  public String unit() {
    return unit;
  }

  /**
   * Whether this is the unsatisfied form of a 416.
   *
   * @return {@code true} for {@code unit *}{@code /N}
   */
  public boolean isUnsatisfied() {
    return first < 0;
  }

  /**
   * The first position of a satisfied range.
   *
   * @return the position, or empty for the unsatisfied form
   */
  public OptionalLong first() {
    return first < 0 ? OptionalLong.empty() : OptionalLong.of(first);
  }

  /**
   * The last position of a satisfied range.
   *
   * @return the position, or empty for the unsatisfied form
   */
  public OptionalLong last() {
    return first < 0 ? OptionalLong.empty() : OptionalLong.of(last);
  }

  /**
   * The complete length.
   *
   * @return the length, or empty when it is unknown ({@code *})
   */
  public OptionalLong completeLength() {
    return completeLength < 0 ? OptionalLong.empty() : OptionalLong.of(completeLength);
  }

  /**
   * The field value.
   *
   * @return for example {@code bytes *}{@code /47022}
   */
  public String value() {
    return value;
  }

  @Override
  Object wireForm() {
    return value;
  }
}
