package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 400 Bad Request: the request is malformed or invalid.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1">RFC 9110 §15.5.1</a>
 * @since 0.1
 */
public final class BadRequestException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public BadRequestException() {
    super(HttpStatus.BAD_REQUEST, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public BadRequestException(String detail) {
    this();
    detail(detail);
  }
}
