package dev.statuskit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 301 Moved Permanently: the resource has a new permanent URI; user agents may change POST to GET (use {@link PermanentRedirectException} to forbid that). The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new MovedPermanentlyException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110 §15.4.2</a>
 * @since 0.1.0
 */
public final class MovedPermanentlyException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public MovedPermanentlyException(URI location) {
    super(HttpStatus.MOVED_PERMANENTLY, location(location));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public MovedPermanentlyException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public MovedPermanentlyException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public MovedPermanentlyException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public MovedPermanentlyException type(URI type) { super.type(type); return this; }
  @Override
  public MovedPermanentlyException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public MovedPermanentlyException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public MovedPermanentlyException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public MovedPermanentlyException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public MovedPermanentlyException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public MovedPermanentlyException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public MovedPermanentlyException cause(Throwable cause) { super.cause(cause); return this; }
  @Override
  public MovedPermanentlyException retryAfter(Duration delay) { super.retryAfter(delay); return this; }
  @Override
  public MovedPermanentlyException retryAfter(Instant at) { super.retryAfter(at); return this; }
}
