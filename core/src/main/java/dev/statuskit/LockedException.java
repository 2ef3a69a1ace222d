package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 423 Locked: the source or destination resource is locked.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.3">RFC 4918 §11.3</a>
 * @since 0.1
 */
public final class LockedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public LockedException() {
    super(HttpStatus.LOCKED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public LockedException(String detail) {
    this();
    detail(detail);
  }
}
