package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 400 Bad Request: the request is malformed or invalid.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1">RFC 9110 §15.5.1</a>
 * @since 0.1.0
 */
public final class BadRequestException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public BadRequestException() {
    super(HttpStatus.BAD_REQUEST, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public BadRequestException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public BadRequestException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public BadRequestException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public BadRequestException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public BadRequestException type(URI type) { super.type(type); return this; }
  @Override
  public BadRequestException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public BadRequestException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public BadRequestException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public BadRequestException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public BadRequestException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public BadRequestException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public BadRequestException cause(Throwable cause) { super.cause(cause); return this; }
}
