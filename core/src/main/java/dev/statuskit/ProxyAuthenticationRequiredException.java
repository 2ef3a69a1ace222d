package dev.statuskit;

import dev.statuskit.header.Challenge;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 407 Proxy Authentication Required: the client must authenticate to the proxy; the
 * response carries one {@code Proxy-Authenticate} field line per challenge.
 *
 * <p>Meant for proxies: it asks the client to authenticate to the proxy, so an origin server should not
 * send it (RFC 9110 §15.5.8, §11.7.1).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8">RFC 9110 §15.5.8</a>
 * @since 0.1.0
 */
public final class ProxyAuthenticationRequiredException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with its challenges.
   *
   * @param challenge the first challenge
   * @param more further challenges
   */
  public ProxyAuthenticationRequiredException(Challenge challenge, Challenge... more) {
    super(HttpStatus.PROXY_AUTHENTICATION_REQUIRED,
        UnauthorizedException.challenges("Proxy-Authenticate", challenge, more));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ProxyAuthenticationRequiredException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ProxyAuthenticationRequiredException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public ProxyAuthenticationRequiredException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public ProxyAuthenticationRequiredException type(URI type) { super.type(type); return this; }
  @Override
  public ProxyAuthenticationRequiredException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ProxyAuthenticationRequiredException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ProxyAuthenticationRequiredException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ProxyAuthenticationRequiredException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public ProxyAuthenticationRequiredException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ProxyAuthenticationRequiredException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ProxyAuthenticationRequiredException cause(Throwable cause) { super.cause(cause); return this; }
}
