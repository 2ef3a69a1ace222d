package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 506 Variant Also Negotiates: transparent content negotiation is misconfigured on the server.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2295#section-8.1">RFC 2295 §8.1</a>
 * @since 0.1
 */
public final class VariantAlsoNegotiatesException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public VariantAlsoNegotiatesException() {
    super(HttpStatus.VARIANT_ALSO_NEGOTIATES, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public VariantAlsoNegotiatesException(String detail) {
    this();
    detail(detail);
  }
}
