package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 511 Network Authentication Required: the client must authenticate to gain network access. It never carries a {@code WWW-Authenticate} challenge ({@link #header} refuses one); it is meant for intercepting proxies, not origin servers.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-6">RFC 6585 §6</a>
 * @since 0.1
 */
public final class NetworkAuthenticationRequiredException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NetworkAuthenticationRequiredException() {
    super(HttpStatus.NETWORK_AUTHENTICATION_REQUIRED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NetworkAuthenticationRequiredException(String detail) {
    this();
    detail(detail);
  }
}
