package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.RetryAfter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Answers 429 Too Many Requests: the client sent too many requests in a given time; the response carries {@code Retry-After} when a delay is given. Caches must not store it (RFC 6585 §4).
 *
 * <pre>{@code
 * throw new TooManyRequestsException().retryAfter(Duration.ofSeconds(30));   // Retry-After: 30
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585 §4</a>
 * @since 0.1
 */
public final class TooManyRequestsException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail and without {@code Retry-After}. */
  public TooManyRequestsException() {
    super(HttpStatus.TOO_MANY_REQUESTS, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public TooManyRequestsException(String detail) {
    this();
    detail(detail);
  }

  /**
   * Sets {@code Retry-After} to a delay, sent as whole seconds rounded up.
   *
   * @param delay zero or positive
   * @return this exception
   * @throws IllegalArgumentException if the delay is negative
   */
  public TooManyRequestsException retryAfter(Duration delay) {
    return retryAfter(RetryAfter.delay(delay));
  }

  /**
   * Sets {@code Retry-After} to a point in time, sent as IMF-fixdate.
   *
   * @param at when to retry
   * @return this exception
   */
  public TooManyRequestsException retryAfter(Instant at) {
    return retryAfter(RetryAfter.at(at));
  }

  /**
   * Sets {@code Retry-After}.
   *
   * @param value the value
   * @return this exception
   */
  public TooManyRequestsException retryAfter(RetryAfter value) {
    putRetryAfter(value);
    return this;
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public TooManyRequestsException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public TooManyRequestsException type(URI type) { super.type(type); return this; }
  @Override
  public TooManyRequestsException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public TooManyRequestsException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public TooManyRequestsException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public TooManyRequestsException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public TooManyRequestsException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public TooManyRequestsException cause(Throwable cause) { super.cause(cause); return this; }
}
