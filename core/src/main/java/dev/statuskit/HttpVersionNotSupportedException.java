package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 505 HTTP Version Not Supported: the server does not support the major HTTP version of the request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6">RFC 9110 §15.6.6</a>
 * @since 0.1
 */
public final class HttpVersionNotSupportedException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public HttpVersionNotSupportedException() {
    super(HttpStatus.HTTP_VERSION_NOT_SUPPORTED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public HttpVersionNotSupportedException(String detail) {
    this();
    detail(detail);
  }
}
