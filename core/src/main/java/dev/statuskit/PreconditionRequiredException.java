package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 428 Precondition Required: the server requires the request to be conditional; the body should explain how to resubmit it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-3">RFC 6585 §3</a>
 * @since 0.1
 */
public final class PreconditionRequiredException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public PreconditionRequiredException() {
    super(HttpStatus.PRECONDITION_REQUIRED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public PreconditionRequiredException(String detail) {
    this();
    detail(detail);
  }
}
