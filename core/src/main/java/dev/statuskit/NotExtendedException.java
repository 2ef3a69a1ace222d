package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 510 Not Extended: further extensions to the request are required (RFC 2774 is historic).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2774#section-7">RFC 2774 §7</a>
 * @since 0.1
 */
public final class NotExtendedException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NotExtendedException() {
    super(HttpStatus.NOT_EXTENDED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NotExtendedException(String detail) {
    this();
    detail(detail);
  }
}
