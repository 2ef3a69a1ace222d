package dev.statuskit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 302 Found: the resource resides temporarily under another URI; user agents may change POST to GET (use {@link TemporaryRedirectException} to forbid that). The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new FoundException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">RFC 9110 §15.4.3</a>
 * @since 0.1.0
 */
public final class FoundException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public FoundException(URI location) {
    super(HttpStatus.FOUND, location(location));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public FoundException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public FoundException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public FoundException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public FoundException type(URI type) { super.type(type); return this; }
  @Override
  public FoundException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public FoundException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public FoundException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public FoundException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public FoundException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public FoundException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public FoundException cause(Throwable cause) { super.cause(cause); return this; }
  @Override
  public FoundException retryAfter(Duration delay) { super.retryAfter(delay); return this; }
  @Override
  public FoundException retryAfter(Instant at) { super.retryAfter(at); return this; }
}
