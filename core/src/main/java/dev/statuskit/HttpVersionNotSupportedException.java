package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 505 HTTP Version Not Supported: the server does not support the major HTTP version of the request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6">RFC 9110 §15.6.6</a>
 * @since 0.1.0
 */
public final class HttpVersionNotSupportedException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public HttpVersionNotSupportedException() {
    super(HttpStatus.HTTP_VERSION_NOT_SUPPORTED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public HttpVersionNotSupportedException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public HttpVersionNotSupportedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public HttpVersionNotSupportedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public HttpVersionNotSupportedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public HttpVersionNotSupportedException type(URI type) { super.type(type); return this; }
  @Override
  public HttpVersionNotSupportedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public HttpVersionNotSupportedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public HttpVersionNotSupportedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public HttpVersionNotSupportedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public HttpVersionNotSupportedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public HttpVersionNotSupportedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public HttpVersionNotSupportedException cause(Throwable cause) { super.cause(cause); return this; }
}
