package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 504 Gateway Timeout: a gateway did not receive a timely response from an upstream server.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5">RFC 9110 §15.6.5</a>
 * @since 0.1
 */
public final class GatewayTimeoutException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public GatewayTimeoutException() {
    super(HttpStatus.GATEWAY_TIMEOUT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public GatewayTimeoutException(String detail) {
    this();
    detail(detail);
  }
}
