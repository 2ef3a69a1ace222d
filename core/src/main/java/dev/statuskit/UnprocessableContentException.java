package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 422 Unprocessable Content: the content is well-formed but its instructions cannot be processed.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110 §15.5.21</a>
 * @since 0.1
 */
public final class UnprocessableContentException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public UnprocessableContentException() {
    super(HttpStatus.UNPROCESSABLE_CONTENT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public UnprocessableContentException(String detail) {
    this();
    detail(detail);
  }
}
