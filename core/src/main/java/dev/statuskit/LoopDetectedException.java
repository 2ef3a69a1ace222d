package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 508 Loop Detected: the server found an infinite loop while processing the request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.2">RFC 5842 §7.2</a>
 * @since 0.1
 */
public final class LoopDetectedException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public LoopDetectedException() {
    super(HttpStatus.LOOP_DETECTED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public LoopDetectedException(String detail) {
    this();
    detail(detail);
  }
}
