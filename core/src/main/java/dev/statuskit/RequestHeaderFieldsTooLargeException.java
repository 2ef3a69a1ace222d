package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 431 Request Header Fields Too Large: the request's header fields are too large; the body should name the field at fault.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-5">RFC 6585 §5</a>
 * @since 0.1
 */
public final class RequestHeaderFieldsTooLargeException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public RequestHeaderFieldsTooLargeException() {
    super(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public RequestHeaderFieldsTooLargeException(String detail) {
    this();
    detail(detail);
  }
}
