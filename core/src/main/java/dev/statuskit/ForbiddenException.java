package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 403 Forbidden: the server understood the request but refuses to fulfil it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4">RFC 9110 §15.5.4</a>
 * @since 0.1.0
 */
public final class ForbiddenException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public ForbiddenException() {
    super(HttpStatus.FORBIDDEN, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ForbiddenException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ForbiddenException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ForbiddenException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public ForbiddenException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public ForbiddenException type(URI type) { super.type(type); return this; }
  @Override
  public ForbiddenException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ForbiddenException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ForbiddenException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ForbiddenException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public ForbiddenException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ForbiddenException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ForbiddenException cause(Throwable cause) { super.cause(cause); return this; }
}
