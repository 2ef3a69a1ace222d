package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 417 Expectation Failed: the expectation in the request's {@code Expect} field cannot be met.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18">RFC 9110 §15.5.18</a>
 * @since 0.1
 */
public final class ExpectationFailedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public ExpectationFailedException() {
    super(HttpStatus.EXPECTATION_FAILED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ExpectationFailedException(String detail) {
    this();
    detail(detail);
  }
}
