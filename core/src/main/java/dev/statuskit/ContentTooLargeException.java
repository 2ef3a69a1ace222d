package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.RetryAfter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 413 Content Too Large: the request content is larger than the server will process. When the condition is temporary the response SHOULD carry {@code Retry-After} (RFC 9110 §15.5.14), so give a delay then.
 *
 * <pre>{@code
 * throw new ContentTooLargeException().retryAfter(Duration.ofSeconds(30));   // Retry-After: 30
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110 §15.5.14</a>
 * @since 0.1.0
 */
public final class ContentTooLargeException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail and without {@code Retry-After}. */
  public ContentTooLargeException() {
    super(HttpStatus.CONTENT_TOO_LARGE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ContentTooLargeException(String detail) {
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
  public ContentTooLargeException retryAfter(Duration delay) {
    return retryAfter(RetryAfter.delay(delay));
  }

  /**
   * Sets {@code Retry-After} to a point in time, sent as IMF-fixdate.
   *
   * @param at when to retry
   * @return this exception
   */
  public ContentTooLargeException retryAfter(Instant at) {
    return retryAfter(RetryAfter.at(at));
  }

  /**
   * Sets {@code Retry-After}.
   *
   * @param value the value
   * @return this exception
   */
  public ContentTooLargeException retryAfter(RetryAfter value) {
    putRetryAfter(value);
    return this;
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ContentTooLargeException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ContentTooLargeException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public ContentTooLargeException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public ContentTooLargeException type(URI type) { super.type(type); return this; }
  @Override
  public ContentTooLargeException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ContentTooLargeException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ContentTooLargeException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ContentTooLargeException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public ContentTooLargeException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ContentTooLargeException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ContentTooLargeException cause(Throwable cause) { super.cause(cause); return this; }
}
