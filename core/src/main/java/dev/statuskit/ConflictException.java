package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 409 Conflict: the request conflicts with the current state of the target resource; the body should let the client recognise the source of the conflict.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10">RFC 9110 §15.5.10</a>
 * @since 0.1
 */
public final class ConflictException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public ConflictException() {
    super(HttpStatus.CONFLICT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ConflictException(String detail) {
    this();
    detail(detail);
  }
}
