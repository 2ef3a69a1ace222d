package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 431 Request Header Fields Too Large: the request's header fields are too large; the body should name the field at fault.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-5">RFC 6585 §5</a>
 * @since 0.1.0
 */
public final class RequestHeaderFieldsTooLargeException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public RequestHeaderFieldsTooLargeException() {
    super(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public RequestHeaderFieldsTooLargeException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public RequestHeaderFieldsTooLargeException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException type(URI type) { super.type(type); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public RequestHeaderFieldsTooLargeException cause(Throwable cause) { super.cause(cause); return this; }
}
