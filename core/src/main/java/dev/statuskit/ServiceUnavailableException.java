package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.RetryAfter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Answers 503 Service Unavailable: the server cannot handle the request now (overload or maintenance); the response carries {@code Retry-After} when a delay is given.
 *
 * <pre>{@code
 * throw new ServiceUnavailableException().retryAfter(Duration.ofSeconds(30));   // Retry-After: 30
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4">RFC 9110 §15.6.4</a>
 * @since 0.1
 */
public final class ServiceUnavailableException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail and without {@code Retry-After}. */
  public ServiceUnavailableException() {
    super(HttpStatus.SERVICE_UNAVAILABLE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ServiceUnavailableException(String detail) {
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
  public ServiceUnavailableException retryAfter(Duration delay) {
    return retryAfter(RetryAfter.delay(delay));
  }

  /**
   * Sets {@code Retry-After} to a point in time, sent as IMF-fixdate.
   *
   * @param at when to retry
   * @return this exception
   */
  public ServiceUnavailableException retryAfter(Instant at) {
    return retryAfter(RetryAfter.at(at));
  }

  /**
   * Sets {@code Retry-After}.
   *
   * @param value the value
   * @return this exception
   */
  public ServiceUnavailableException retryAfter(RetryAfter value) {
    putRetryAfter(value);
    return this;
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ServiceUnavailableException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ServiceUnavailableException type(URI type) { super.type(type); return this; }
  @Override
  public ServiceUnavailableException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ServiceUnavailableException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ServiceUnavailableException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ServiceUnavailableException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ServiceUnavailableException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ServiceUnavailableException cause(Throwable cause) { super.cause(cause); return this; }
}
