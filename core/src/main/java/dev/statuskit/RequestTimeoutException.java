package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 408 Request Timeout: the server did not receive a complete request in time.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9">RFC 9110 §15.5.9</a>
 * @since 0.1
 */
public final class RequestTimeoutException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public RequestTimeoutException() {
    super(HttpStatus.REQUEST_TIMEOUT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public RequestTimeoutException(String detail) {
    this();
    detail(detail);
  }
}
