package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers a client error (4xx) status. The typed subclasses cover the registered codes; this class
 * can be thrown directly for any other code of the class (for example an unregistered one), as
 * long as the header fields that status requires are given.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15</a>
 * @since 0.1
 */
public class ClientErrorException extends HttpException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception for a status without extra header fields.
   *
   * @param status a client error (4xx) code
   * @throws IllegalArgumentException if the code is of another class, or the status requires a
   *     header field (use its typed exception)
   */
  public ClientErrorException(int status) {
    this(HttpStatus.valueOf(status), HeaderFields.empty());
  }

  /**
   * An exception for a status with header fields.
   *
   * @param status a client error (4xx) status
   * @param headers validated header fields, including those the status requires
   * @throws IllegalArgumentException if the status is of another class, a required header field is
   *     missing or a forbidden one present
   */
  public ClientErrorException(HttpStatus status, HeaderFields headers) {
    super(requireSeries(status, HttpStatus.Series.CLIENT_ERROR, "ClientErrorException"), headers);
  }

  /** Rebuilds a response's exception without enforcing header rules; see {@link #fromResponse}. */
  ClientErrorException(HttpStatus status, HeaderFields headers, boolean checkRules) {
    super(requireSeries(status, HttpStatus.Series.CLIENT_ERROR, "ClientErrorException"), headers, checkRules);
  }
}
