package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 425 Too Early: the server will not risk processing a request that might be replayed; send it only for requests in early data or with {@code Early-Data: 1}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC 8470 §5.2</a>
 * @since 0.1.0
 */
public final class TooEarlyException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public TooEarlyException() {
    super(HttpStatus.TOO_EARLY, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public TooEarlyException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public TooEarlyException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public TooEarlyException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public TooEarlyException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public TooEarlyException type(URI type) { super.type(type); return this; }
  @Override
  public TooEarlyException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public TooEarlyException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public TooEarlyException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public TooEarlyException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public TooEarlyException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public TooEarlyException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public TooEarlyException cause(Throwable cause) { super.cause(cause); return this; }
}
