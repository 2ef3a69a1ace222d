package dev.statuskit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 307 Temporary Redirect: the resource resides temporarily under another URI; the method must not change. The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new TemporaryRedirectException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110 §15.4.8</a>
 * @since 0.1.0
 */
public final class TemporaryRedirectException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public TemporaryRedirectException(URI location) {
    super(HttpStatus.TEMPORARY_REDIRECT, location(location));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public TemporaryRedirectException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public TemporaryRedirectException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public TemporaryRedirectException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public TemporaryRedirectException type(URI type) { super.type(type); return this; }
  @Override
  public TemporaryRedirectException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public TemporaryRedirectException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public TemporaryRedirectException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public TemporaryRedirectException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public TemporaryRedirectException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public TemporaryRedirectException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public TemporaryRedirectException cause(Throwable cause) { super.cause(cause); return this; }
  @Override
  public TemporaryRedirectException retryAfter(Duration delay) { super.retryAfter(delay); return this; }
  @Override
  public TemporaryRedirectException retryAfter(Instant at) { super.retryAfter(at); return this; }
}
