package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 500 Internal Server Error: an unexpected condition prevented the server from fulfilling the request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1">RFC 9110 §15.6.1</a>
 * @since 0.1.0
 */
public final class InternalServerErrorException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public InternalServerErrorException() {
    super(HttpStatus.INTERNAL_SERVER_ERROR, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public InternalServerErrorException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public InternalServerErrorException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public InternalServerErrorException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public InternalServerErrorException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public InternalServerErrorException type(URI type) { super.type(type); return this; }
  @Override
  public InternalServerErrorException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public InternalServerErrorException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public InternalServerErrorException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public InternalServerErrorException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public InternalServerErrorException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public InternalServerErrorException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public InternalServerErrorException cause(Throwable cause) { super.cause(cause); return this; }
}
