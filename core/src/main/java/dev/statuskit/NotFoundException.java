package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 404 Not Found: no current representation of the target resource was found. The response is heuristically cacheable; add {@code Cache-Control} when the condition is transient.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110 §15.5.5</a>
 * @since 0.1
 */
public final class NotFoundException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NotFoundException() {
    super(HttpStatus.NOT_FOUND, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NotFoundException(String detail) {
    this();
    detail(detail);
  }
}
