package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 414 URI Too Long: the target URI is longer than the server will interpret.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15">RFC 9110 §15.5.15</a>
 * @since 0.1
 */
public final class UriTooLongException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public UriTooLongException() {
    super(HttpStatus.URI_TOO_LONG, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public UriTooLongException(String detail) {
    this();
    detail(detail);
  }
}
