package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 411 Length Required: the server refuses a request without a {@code Content-Length}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12">RFC 9110 §15.5.12</a>
 * @since 0.1.0
 */
public final class LengthRequiredException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public LengthRequiredException() {
    super(HttpStatus.LENGTH_REQUIRED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public LengthRequiredException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public LengthRequiredException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public LengthRequiredException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public LengthRequiredException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public LengthRequiredException type(URI type) { super.type(type); return this; }
  @Override
  public LengthRequiredException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public LengthRequiredException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public LengthRequiredException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public LengthRequiredException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public LengthRequiredException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public LengthRequiredException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public LengthRequiredException cause(Throwable cause) { super.cause(cause); return this; }
}
