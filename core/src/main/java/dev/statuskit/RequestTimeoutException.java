package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 408 Request Timeout: the server did not receive a complete request in time.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9">RFC 9110 §15.5.9</a>
 * @since 0.1.0
 */
public final class RequestTimeoutException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public RequestTimeoutException() {
    super(HttpStatus.REQUEST_TIMEOUT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public RequestTimeoutException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public RequestTimeoutException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public RequestTimeoutException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public RequestTimeoutException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public RequestTimeoutException type(URI type) { super.type(type); return this; }
  @Override
  public RequestTimeoutException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public RequestTimeoutException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public RequestTimeoutException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public RequestTimeoutException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public RequestTimeoutException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public RequestTimeoutException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public RequestTimeoutException cause(Throwable cause) { super.cause(cause); return this; }
}
