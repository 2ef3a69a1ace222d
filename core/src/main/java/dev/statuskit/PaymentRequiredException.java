package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 402 Payment Required: reserved for future use; it has no defined semantics.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3">RFC 9110 §15.5.3</a>
 * @since 0.1
 */
public final class PaymentRequiredException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public PaymentRequiredException() {
    super(HttpStatus.PAYMENT_REQUIRED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public PaymentRequiredException(String detail) {
    this();
    detail(detail);
  }
}
