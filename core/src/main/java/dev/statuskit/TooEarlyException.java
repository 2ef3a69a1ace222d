package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 425 Too Early: the server will not risk processing a request that might be replayed; send it only for requests in early data or with {@code Early-Data: 1}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC 8470 §5.2</a>
 * @since 0.1
 */
public final class TooEarlyException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public TooEarlyException() {
    super(HttpStatus.TOO_EARLY, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public TooEarlyException(String detail) {
    this();
    detail(detail);
  }
}
