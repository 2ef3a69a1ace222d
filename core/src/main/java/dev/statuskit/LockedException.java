package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 423 Locked: the source or destination resource is locked.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.3">RFC 4918 §11.3</a>
 * @since 0.1.0
 */
public final class LockedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public LockedException() {
    super(HttpStatus.LOCKED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public LockedException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public LockedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public LockedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public LockedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public LockedException type(URI type) { super.type(type); return this; }
  @Override
  public LockedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public LockedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public LockedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public LockedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public LockedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public LockedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public LockedException cause(Throwable cause) { super.cause(cause); return this; }
}
