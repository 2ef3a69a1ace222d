package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 500 Internal Server Error: an unexpected condition prevented the server from fulfilling the request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1">RFC 9110 §15.6.1</a>
 * @since 0.1
 */
public final class InternalServerErrorException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public InternalServerErrorException() {
    super(HttpStatus.INTERNAL_SERVER_ERROR, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public InternalServerErrorException(String detail) {
    this();
    detail(detail);
  }
}
