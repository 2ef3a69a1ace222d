package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 501 Not Implemented: the server does not support the functionality required, such as an unrecognised method.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2">RFC 9110 §15.6.2</a>
 * @since 0.1.0
 */
public final class NotImplementedException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NotImplementedException() {
    super(HttpStatus.NOT_IMPLEMENTED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NotImplementedException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public NotImplementedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public NotImplementedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public NotImplementedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public NotImplementedException type(URI type) { super.type(type); return this; }
  @Override
  public NotImplementedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public NotImplementedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public NotImplementedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public NotImplementedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public NotImplementedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public NotImplementedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public NotImplementedException cause(Throwable cause) { super.cause(cause); return this; }
}
