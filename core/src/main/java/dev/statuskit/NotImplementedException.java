package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 501 Not Implemented: the server does not support the functionality required, such as an unrecognised method.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2">RFC 9110 §15.6.2</a>
 * @since 0.1
 */
public final class NotImplementedException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NotImplementedException() {
    super(HttpStatus.NOT_IMPLEMENTED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NotImplementedException(String detail) {
    this();
    detail(detail);
  }
}
