package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 402 Payment Required: reserved for future use; it has no defined semantics.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3">RFC 9110 §15.5.3</a>
 * @since 0.1.0
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

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public PaymentRequiredException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public PaymentRequiredException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public PaymentRequiredException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public PaymentRequiredException type(URI type) { super.type(type); return this; }
  @Override
  public PaymentRequiredException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public PaymentRequiredException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public PaymentRequiredException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public PaymentRequiredException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public PaymentRequiredException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public PaymentRequiredException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public PaymentRequiredException cause(Throwable cause) { super.cause(cause); return this; }
}
