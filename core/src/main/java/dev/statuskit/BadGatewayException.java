package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 502 Bad Gateway: a gateway received an invalid response from an inbound server.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3">RFC 9110 §15.6.3</a>
 * @since 0.1
 */
public final class BadGatewayException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public BadGatewayException() {
    super(HttpStatus.BAD_GATEWAY, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public BadGatewayException(String detail) {
    this();
    detail(detail);
  }
}
