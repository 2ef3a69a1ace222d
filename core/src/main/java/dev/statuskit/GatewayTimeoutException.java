package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 504 Gateway Timeout: a gateway did not receive a timely response from an upstream server.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5">RFC 9110 §15.6.5</a>
 * @since 0.1.0
 */
public final class GatewayTimeoutException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public GatewayTimeoutException() {
    super(HttpStatus.GATEWAY_TIMEOUT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public GatewayTimeoutException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public GatewayTimeoutException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public GatewayTimeoutException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public GatewayTimeoutException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public GatewayTimeoutException type(URI type) { super.type(type); return this; }
  @Override
  public GatewayTimeoutException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public GatewayTimeoutException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public GatewayTimeoutException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public GatewayTimeoutException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public GatewayTimeoutException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public GatewayTimeoutException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public GatewayTimeoutException cause(Throwable cause) { super.cause(cause); return this; }
}
