package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.RetryAfter;
import dev.statuskit.header.internal.FieldSyntax;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers a redirection (3xx) status. The typed subclasses cover the registered codes; this class
 * can be thrown directly for any other code of the class (for example an unregistered one), as
 * long as the header fields that status requires are given.
 *
 * <p>Like every {@link HttpException}, it is settable until it is thrown: its fluent methods change
 * it and return it typed as its own class (a subclass returns its own), its getters read it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15</a>
 * @since 0.1.0
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
    this(status, headers, true);
  }

  /**
   * An exception for a response another server sent: the header-field rules StatusKit enforces on
   * its own responses are not checked. For a client that turns a redirection (3xx) response it received into an
   * exception, with the header fields it could read; not for throwing from an application, where
   * the public constructors check those rules.
   *
   * @param status a redirection (3xx) status
   * @param headers the header fields of the response, valid as values but possibly missing one
   *     the status requires or carrying one it forbids
   * @return the exception, not thrown
   * @throws IllegalArgumentException if the status is of another class
   */
  public static RedirectionException received(HttpStatus status, HeaderFields headers) {
    return new RedirectionException(status, headers, false);
  }

  /** The one constructor that checks the class of the status; {@code checkRules} as in {@link HttpException}. */
  private RedirectionException(HttpStatus status, HeaderFields headers, boolean checkRules) {
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
  public Optional<URI> getLocation() {
    return getHeaders().first("Location").map(URI::create);
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

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public RedirectionException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public RedirectionException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public RedirectionException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public RedirectionException type(URI type) { super.type(type); return this; }
  @Override
  public RedirectionException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public RedirectionException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public RedirectionException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public RedirectionException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public RedirectionException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public RedirectionException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public RedirectionException cause(Throwable cause) { super.cause(cause); return this; }
}
