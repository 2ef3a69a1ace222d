package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 414 URI Too Long: the target URI is longer than the server will interpret.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15">RFC 9110 §15.5.15</a>
 * @since 0.1.0
 */
public final class UriTooLongException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public UriTooLongException() {
    super(HttpStatus.URI_TOO_LONG, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public UriTooLongException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public UriTooLongException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public UriTooLongException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public UriTooLongException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public UriTooLongException type(URI type) { super.type(type); return this; }
  @Override
  public UriTooLongException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public UriTooLongException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public UriTooLongException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public UriTooLongException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public UriTooLongException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public UriTooLongException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public UriTooLongException cause(Throwable cause) { super.cause(cause); return this; }
}
