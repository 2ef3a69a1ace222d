package dev.statuskit;

import dev.statuskit.header.Challenge;

/**
 * Answers 407 Proxy Authentication Required: the client must authenticate to the proxy; the
 * response carries one {@code Proxy-Authenticate} field line per challenge.
 *
 * <p>Meant for proxies; an origin server should not send it (STANDARDS.md §5 item 11).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8">RFC 9110 §15.5.8</a>
 * @since 0.1
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
}
