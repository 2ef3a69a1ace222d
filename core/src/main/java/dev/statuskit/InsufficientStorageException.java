package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 507 Insufficient Storage: the server cannot store the representation needed to complete the request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.5">RFC 4918 §11.5</a>
 * @since 0.1.0
 */
public final class InsufficientStorageException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public InsufficientStorageException() {
    super(HttpStatus.INSUFFICIENT_STORAGE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public InsufficientStorageException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public InsufficientStorageException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public InsufficientStorageException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public InsufficientStorageException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public InsufficientStorageException type(URI type) { super.type(type); return this; }
  @Override
  public InsufficientStorageException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public InsufficientStorageException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public InsufficientStorageException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public InsufficientStorageException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public InsufficientStorageException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public InsufficientStorageException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public InsufficientStorageException cause(Throwable cause) { super.cause(cause); return this; }
}
