package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 412 Precondition Failed: a condition in the request header fields evaluated to false.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13">RFC 9110 §15.5.13</a>
 * @since 0.1
 */
public final class PreconditionFailedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public PreconditionFailedException() {
    super(HttpStatus.PRECONDITION_FAILED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public PreconditionFailedException(String detail) {
    this();
    detail(detail);
  }
}
