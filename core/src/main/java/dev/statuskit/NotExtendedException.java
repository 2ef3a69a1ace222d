package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 510 Not Extended: further extensions to the request are required (RFC 2774 is historic).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2774#section-7">RFC 2774 §7</a>
 * @since 0.1.0
 */
public final class NotExtendedException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NotExtendedException() {
    super(HttpStatus.NOT_EXTENDED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NotExtendedException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public NotExtendedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public NotExtendedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public NotExtendedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public NotExtendedException type(URI type) { super.type(type); return this; }
  @Override
  public NotExtendedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public NotExtendedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public NotExtendedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public NotExtendedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public NotExtendedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public NotExtendedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public NotExtendedException cause(Throwable cause) { super.cause(cause); return this; }
}
