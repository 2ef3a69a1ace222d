package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 418 I'm a teapot: reserved (RFC 9110 §15.5.19 marks 418 unused); it exists for completeness and should not be sent.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">RFC 9110 §15.5.19</a>
 * @since 0.1
 */
public final class ImATeapotException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public ImATeapotException() {
    super(HttpStatus.I_AM_A_TEAPOT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ImATeapotException(String detail) {
    this();
    detail(detail);
  }
}
