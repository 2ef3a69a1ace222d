package dev.statuskit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 308 Permanent Redirect: the resource has a new permanent URI; the method must not change. The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new PermanentRedirectException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">RFC 9110 §15.4.9</a>
 * @since 0.1.0
 */
public final class PermanentRedirectException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public PermanentRedirectException(URI location) {
    super(HttpStatus.PERMANENT_REDIRECT, location(location));
  }

  /**
   * Adds {@code Deprecation}, {@code Sunset} and the {@code Link}s to the deprecation and sunset
   * notices: the 308 that follows a resource's sunset keeps telling clients why (RFC 9745, RFC 8594).
   *
   * @param deprecation the resource's deprecation
   * @return this exception
   * @since 0.3.0
   */
  public PermanentRedirectException deprecation(dev.statuskit.header.Deprecation deprecation) {
    putDeprecation(deprecation);
    return this;
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public PermanentRedirectException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public PermanentRedirectException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public PermanentRedirectException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public PermanentRedirectException type(URI type) { super.type(type); return this; }
  @Override
  public PermanentRedirectException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public PermanentRedirectException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public PermanentRedirectException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public PermanentRedirectException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public PermanentRedirectException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public PermanentRedirectException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public PermanentRedirectException cause(Throwable cause) { super.cause(cause); return this; }
  @Override
  public PermanentRedirectException retryAfter(Duration delay) { super.retryAfter(delay); return this; }
  @Override
  public PermanentRedirectException retryAfter(Instant at) { super.retryAfter(at); return this; }
}
