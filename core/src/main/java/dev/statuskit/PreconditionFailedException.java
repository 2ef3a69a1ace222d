package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 412 Precondition Failed: a condition in the request header fields evaluated to false.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13">RFC 9110 §15.5.13</a>
 * @since 0.1.0
 */
public final class PreconditionFailedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public PreconditionFailedException() {
    super(HttpStatus.PRECONDITION_FAILED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public PreconditionFailedException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public PreconditionFailedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public PreconditionFailedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public PreconditionFailedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public PreconditionFailedException type(URI type) { super.type(type); return this; }
  @Override
  public PreconditionFailedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public PreconditionFailedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public PreconditionFailedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public PreconditionFailedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public PreconditionFailedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public PreconditionFailedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public PreconditionFailedException cause(Throwable cause) { super.cause(cause); return this; }
}
