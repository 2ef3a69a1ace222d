package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 421 Misdirected Request: the request was directed at a server that cannot answer for this target URI's authority.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">RFC 9110 §15.5.20</a>
 * @since 0.1
 */
public final class MisdirectedRequestException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public MisdirectedRequestException() {
    super(HttpStatus.MISDIRECTED_REQUEST, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public MisdirectedRequestException(String detail) {
    this();
    detail(detail);
  }
}
