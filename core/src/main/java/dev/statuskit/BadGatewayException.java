package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 502 Bad Gateway: a gateway received an invalid response from an inbound server.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3">RFC 9110 §15.6.3</a>
 * @since 0.1.0
 */
public final class BadGatewayException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public BadGatewayException() {
    super(HttpStatus.BAD_GATEWAY, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public BadGatewayException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public BadGatewayException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public BadGatewayException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public BadGatewayException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public BadGatewayException type(URI type) { super.type(type); return this; }
  @Override
  public BadGatewayException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public BadGatewayException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public BadGatewayException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public BadGatewayException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public BadGatewayException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public BadGatewayException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public BadGatewayException cause(Throwable cause) { super.cause(cause); return this; }
}
