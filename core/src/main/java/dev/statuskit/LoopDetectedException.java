package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 508 Loop Detected: the server found an infinite loop while processing the request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.2">RFC 5842 §7.2</a>
 * @since 0.1.0
 */
public final class LoopDetectedException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public LoopDetectedException() {
    super(HttpStatus.LOOP_DETECTED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public LoopDetectedException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public LoopDetectedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public LoopDetectedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public LoopDetectedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public LoopDetectedException type(URI type) { super.type(type); return this; }
  @Override
  public LoopDetectedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public LoopDetectedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public LoopDetectedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public LoopDetectedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public LoopDetectedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public LoopDetectedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public LoopDetectedException cause(Throwable cause) { super.cause(cause); return this; }
}
