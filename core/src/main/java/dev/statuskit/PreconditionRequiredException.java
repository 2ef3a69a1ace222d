package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 428 Precondition Required: the server requires the request to be conditional; the body should explain how to resubmit it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-3">RFC 6585 §3</a>
 * @since 0.1.0
 */
public final class PreconditionRequiredException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public PreconditionRequiredException() {
    super(HttpStatus.PRECONDITION_REQUIRED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public PreconditionRequiredException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public PreconditionRequiredException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public PreconditionRequiredException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public PreconditionRequiredException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public PreconditionRequiredException type(URI type) { super.type(type); return this; }
  @Override
  public PreconditionRequiredException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public PreconditionRequiredException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public PreconditionRequiredException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public PreconditionRequiredException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public PreconditionRequiredException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public PreconditionRequiredException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public PreconditionRequiredException cause(Throwable cause) { super.cause(cause); return this; }
}
