package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 409 Conflict: the request conflicts with the current state of the target resource; the body should let the client recognise the source of the conflict.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10">RFC 9110 §15.5.10</a>
 * @since 0.1.0
 */
public final class ConflictException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public ConflictException() {
    super(HttpStatus.CONFLICT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ConflictException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ConflictException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ConflictException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public ConflictException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public ConflictException type(URI type) { super.type(type); return this; }
  @Override
  public ConflictException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ConflictException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ConflictException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ConflictException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public ConflictException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ConflictException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ConflictException cause(Throwable cause) { super.cause(cause); return this; }
}
