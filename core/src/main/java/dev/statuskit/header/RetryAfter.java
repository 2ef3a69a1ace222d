package dev.statuskit.header;

import dev.statuskit.header.internal.FieldSyntax;
import dev.statuskit.header.internal.HttpDate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Retry-After} value (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 *
 * <p>Immutable. A delay is sent as a non-negative whole number of seconds, rounded up so that a
 * client never retries early; a date is sent as IMF-fixdate (see {@link HttpDate}).
 *
 * <pre>{@code
 * RetryAfter.delay(Duration.ofSeconds(120)).value();                   // "120"
 * RetryAfter.at(Instant.parse("1999-12-31T23:59:59Z")).value();     // "Fri, 31 Dec 1999 23:59:59 GMT"
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110 §10.2.3</a>
 * @since 0.1.0
 */
public final class RetryAfter extends FieldValue {

  private static final String FIELD = "Retry-After";

  private final @Nullable Duration delay;
  private final @Nullable Instant date;
  private final String value;
  /** The field with this value, built at the first {@link #headerFields()} (a race builds an equal one twice). */
  private @Nullable HeaderFields headerFields;

  private RetryAfter(@Nullable Duration delay, @Nullable Instant date, String value) {
    this.delay = delay;
    this.date = date;
    this.value = value;
  }

  /**
   * A delay, sent as delay-seconds.
   *
   * @param delay zero or positive; fractions of a second round up
   * @return the value
   * @throws IllegalArgumentException if the delay is negative
   */
  public static RetryAfter delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("Retry-After delay " + delay
          + " is negative (RFC 9110 §10.2.3: delay-seconds = 1*DIGIT, a non-negative integer)");
    }
    long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
    if (seconds >= SMALL_DELAYS.length) {
      return new RetryAfter(delay.getNano() == 0 ? delay : Duration.ofSeconds(seconds), null, Long.toString(seconds));
    }
    RetryAfter small = SMALL_DELAYS[(int) seconds];
    if (small == null) {
      // A race only makes an equal value twice. Its final fields are safe to publish without a lock;
      // a thread that does not see its field yet builds an equal one.
      small = new RetryAfter(Duration.ofSeconds(seconds), null, Long.toString(seconds));
      small.headerFields();
      SMALL_DELAYS[(int) seconds] = small;
    }
    return small;
  }

  /**
   * The delays up to an hour, each made once with its field: a rate limiter sends the same few
   * delays, so the exception that carries one adds no value and no field of its own.
   */
  private static final RetryAfter[] SMALL_DELAYS = new RetryAfter[3601];

  /**
   * A point in time, sent as IMF-fixdate.
   *
   * @param date the instant after which to retry
   * @return the value
   * @throws IllegalArgumentException if the instant has no four-digit year
   */
  public static RetryAfter at(Instant date) {
    Instant d = Objects.requireNonNull(date, "date");
    return new RetryAfter(null, d.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), HttpDate.format(d));
  }

  /**
   * Parses a field value as a client reads it.
   *
   * @param value delay-seconds or an HTTP-date
   * @return the value
   * @throws IllegalArgumentException if it is neither
   */
  public static RetryAfter parse(String value) {
    Objects.requireNonNull(value, "value");
    String v = value.strip();
    if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return delay(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Retry-After " + FieldSyntax.show(value) + " is too large", e);
      }
    }
    try {
      return at(HttpDate.parse(v));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Retry-After " + FieldSyntax.show(value)
          + " is neither delay-seconds nor an HTTP-date (RFC 9110 §10.2.3)", e);
    }
  }

  /**
   * The delay, when this value was given as one.
   *
   * @return the delay in whole seconds, or empty for a date
   */
  public Optional<Duration> delay() {
    return Optional.ofNullable(delay);
  }

  /**
   * The date, when this value was given as one.
   *
   * @return the instant, or empty for a delay
   */
  public Optional<Instant> date() {
    return Optional.ofNullable(date);
  }

  /**
   * When to retry, seen from a clock.
   *
   * @param clock the clock that gives "now" for a delay
   * @return the instant
   */
  public Instant instant(Clock clock) {
    return date != null ? date : clock.instant().plus(Objects.requireNonNull(delay));
  }

  /**
   * The {@code Retry-After} field with this value.
   *
   * @return header fields holding only {@code Retry-After}
   * @since 0.3.0
   */
  public HeaderFields headerFields() {
    HeaderFields h = headerFields;
    if (h == null) {
      h = HeaderFields.builder().add(FIELD, value).build();
      headerFields = h;
    }
    return h;
  }

  /**
   * The field value.
   *
   * @return for example {@code "120"} or {@code "Fri, 31 Dec 1999 23:59:59 GMT"}
   */
  public String value() {
    return value;
  }

  @Override
  Object wireForm() {
    return value;
  }
}
