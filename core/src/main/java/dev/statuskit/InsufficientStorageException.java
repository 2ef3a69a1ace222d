package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 507 Insufficient Storage: the server cannot store the representation needed to complete the request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.5">RFC 4918 §11.5</a>
 * @since 0.1
 */
public final class InsufficientStorageException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public InsufficientStorageException() {
    super(HttpStatus.INSUFFICIENT_STORAGE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public InsufficientStorageException(String detail) {
    this();
    detail(detail);
  }
}
