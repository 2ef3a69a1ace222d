package dev.statuskit;

import dev.statuskit.header.FieldSyntax;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.RetryAfter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers a redirection (3xx) status. The typed subclasses cover the registered codes; this class
 * can be thrown directly for any other code of the class (for example an unregistered one), as
 * long as the header fields that status requires are given.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15</a>
 * @since 0.1
 */
public class RedirectionException extends HttpException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception for a status without extra header fields.
   *
   * @param status a redirection (3xx) code
   * @throws IllegalArgumentException if the code is of another class, or the status requires a
   *     header field (use its typed exception)
   */
  public RedirectionException(int status) {
    this(HttpStatus.valueOf(status), HeaderFields.empty());
  }

  /**
   * An exception for a status with header fields.
   *
   * @param status a redirection (3xx) status
   * @param headers validated header fields, including those the status requires
   * @throws IllegalArgumentException if the status is of another class, a required header field is
   *     missing or a forbidden one present
   */
  public RedirectionException(HttpStatus status, HeaderFields headers) {
    super(requireSeries(status, HttpStatus.Series.REDIRECTION, "RedirectionException"), headers);
  }

  /** Rebuilds a response's exception without enforcing header rules; see {@link #fromResponse}. */
  RedirectionException(HttpStatus status, HeaderFields headers, boolean checkRules) {
    super(requireSeries(status, HttpStatus.Series.REDIRECTION, "RedirectionException"), headers, checkRules);
  }

  /**
   * The header fields of a redirection to {@code location}.
   *
   * @param location the target, sent in its ASCII form (non-ASCII percent-encoded)
   * @return the fields
   */
  static HeaderFields location(URI location) {
    return HeaderFields.builder().add("Location", locationValue(location)).build();
  }

  static String locationValue(URI location) {
    return FieldSyntax.requireFieldValue(Objects.requireNonNull(location, "location").toASCIIString(), "Location");
  }

  /**
   * The {@code Location} of this redirection.
   *
   * @return the URI reference, or empty when none was set
   */
  public Optional<URI> location() {
    return headers().first("Location").map(URI::create);
  }

  /**
   * Sets {@code Retry-After}: the minimum time the user agent is asked to wait before following the
   * redirection (RFC 9110 §10.2.3).
   *
   * @param delay zero or positive
   * @return this exception
   */
  public RedirectionException retryAfter(Duration delay) {
    putRetryAfter(RetryAfter.delay(delay));
    return this;
  }

  /**
   * Sets {@code Retry-After} to a point in time.
   *
   * @param at when to follow the redirection
   * @return this exception
   */
  public RedirectionException retryAfter(Instant at) {
    putRetryAfter(RetryAfter.at(at));
    return this;
  }
}
