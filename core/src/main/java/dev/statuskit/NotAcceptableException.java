package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 406 Not Acceptable: no representation matches the request's proactive negotiation fields; the body should list the available ones.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7">RFC 9110 §15.5.7</a>
 * @since 0.1
 */
public final class NotAcceptableException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NotAcceptableException() {
    super(HttpStatus.NOT_ACCEPTABLE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NotAcceptableException(String detail) {
    this();
    detail(detail);
  }
}
