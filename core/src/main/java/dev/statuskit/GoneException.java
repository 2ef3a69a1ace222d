package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 410 Gone: the target resource is no longer available and this is likely permanent.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11">RFC 9110 §15.5.11</a>
 * @since 0.1
 */
public final class GoneException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public GoneException() {
    super(HttpStatus.GONE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public GoneException(String detail) {
    this();
    detail(detail);
  }
}
