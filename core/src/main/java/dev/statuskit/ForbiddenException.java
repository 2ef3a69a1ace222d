package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 403 Forbidden: the server understood the request but refuses to fulfil it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4">RFC 9110 §15.5.4</a>
 * @since 0.1
 */
public final class ForbiddenException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public ForbiddenException() {
    super(HttpStatus.FORBIDDEN, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ForbiddenException(String detail) {
    this();
    detail(detail);
  }
}
