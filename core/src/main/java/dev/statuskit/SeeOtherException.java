package dev.statuskit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 303 See Other: the result of the request is found at another URI, to be retrieved with GET. The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new SeeOtherException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110 §15.4.4</a>
 * @since 0.1.0
 */
public final class SeeOtherException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public SeeOtherException(URI location) {
    super(HttpStatus.SEE_OTHER, location(location));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public SeeOtherException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public SeeOtherException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public SeeOtherException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public SeeOtherException type(URI type) { super.type(type); return this; }
  @Override
  public SeeOtherException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public SeeOtherException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public SeeOtherException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public SeeOtherException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public SeeOtherException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public SeeOtherException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public SeeOtherException cause(Throwable cause) { super.cause(cause); return this; }
  @Override
  public SeeOtherException retryAfter(Duration delay) { super.retryAfter(delay); return this; }
  @Override
  public SeeOtherException retryAfter(Instant at) { super.retryAfter(at); return this; }
}
