package dev.statuskit.header.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * HTTP-date formatting (RFC 9110 §5.6.7): always IMF-fixdate with a two-digit day, English names
 * and {@code GMT}, which {@link DateTimeFormatter#RFC_1123_DATE_TIME} does not guarantee (it prints
 * {@code Sun, 6 Nov 1994}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7">RFC 9110 §5.6.7</a>
 * @since 0.3.0
 */
public final class HttpDate {

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  /** The last second {@link #at(long)} formatted, and its text. */
  private record Second(long epochSecond, String text) {}

  private static volatile Second last = new Second(Long.MIN_VALUE, "");

  private HttpDate() {}

  /**
   * The current time as IMF-fixdate, for a {@code Date} field.
   *
   * @return for example {@code Sun, 06 Nov 1994 08:49:37 GMT}
   */
  public static String now() {
    return at(System.currentTimeMillis());
  }

  /**
   * A point in time as IMF-fixdate, formatted once per second: every error response carries a
   * {@code Date}, and within a second they all carry the same text.
   *
   * @param epochMillis milliseconds since the epoch
   * @return the whole second it falls in, as IMF-fixdate
   */
  public static String at(long epochMillis) {
    long second = Math.floorDiv(epochMillis, 1000L);
    Second s = last;
    if (s.epochSecond() != second) {
      s = new Second(second, format(Instant.ofEpochSecond(second)));
      last = s;
    }
    return s.text();
  }

  /**
   * Formats an instant as IMF-fixdate, truncated to whole seconds.
   *
   * @param instant the instant, in the years 0000-9999
   * @return for example {@code Sun, 06 Nov 1994 08:49:37 GMT}
   * @throws IllegalArgumentException if the year has more than four digits or is negative
   */
  public static String format(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    int year = instant.atZone(ZoneOffset.UTC).getYear();
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("instant " + instant
          + " cannot be an HTTP-date (RFC 9110 §5.6.7: year = 4DIGIT)");
    }
    return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Parses an IMF-fixdate; also accepts the obsolete forms RFC 1123 with a one-digit day, as
   * recipients must (RFC 9110 §5.6.7).
   *
   * @param value the field value
   * @return the instant
   * @throws IllegalArgumentException if the value is not an HTTP-date
   */
  public static Instant parse(String value) {
    Objects.requireNonNull(value, "value");
    try {
      return Instant.from(IMF_FIXDATE.parse(value));
    } catch (DateTimeParseException e) {
      try {
        return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value));
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException(
            "HTTP-date " + FieldSyntax.show(value) + " is not an IMF-fixdate (RFC 9110 §5.6.7)", e2);
      }
    }
  }
}
