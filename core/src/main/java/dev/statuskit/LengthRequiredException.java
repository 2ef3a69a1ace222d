package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 411 Length Required: the server refuses a request without a {@code Content-Length}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12">RFC 9110 §15.5.12</a>
 * @since 0.1
 */
public final class LengthRequiredException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public LengthRequiredException() {
    super(HttpStatus.LENGTH_REQUIRED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public LengthRequiredException(String detail) {
    this();
    detail(detail);
  }
}
