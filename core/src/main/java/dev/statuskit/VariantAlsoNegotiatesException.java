package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 506 Variant Also Negotiates: transparent content negotiation is misconfigured on the server.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2295#section-8.1">RFC 2295 §8.1</a>
 * @since 0.1.0
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

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public VariantAlsoNegotiatesException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public VariantAlsoNegotiatesException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public VariantAlsoNegotiatesException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public VariantAlsoNegotiatesException type(URI type) { super.type(type); return this; }
  @Override
  public VariantAlsoNegotiatesException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public VariantAlsoNegotiatesException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public VariantAlsoNegotiatesException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public VariantAlsoNegotiatesException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public VariantAlsoNegotiatesException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public VariantAlsoNegotiatesException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public VariantAlsoNegotiatesException cause(Throwable cause) { super.cause(cause); return this; }
}
