package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 422 Unprocessable Content: the content is well-formed but its instructions cannot be processed.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110 §15.5.21</a>
 * @since 0.1.0
 */
public final class UnprocessableContentException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public UnprocessableContentException() {
    super(HttpStatus.UNPROCESSABLE_CONTENT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public UnprocessableContentException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public UnprocessableContentException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public UnprocessableContentException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public UnprocessableContentException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public UnprocessableContentException type(URI type) { super.type(type); return this; }
  @Override
  public UnprocessableContentException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public UnprocessableContentException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public UnprocessableContentException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public UnprocessableContentException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public UnprocessableContentException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public UnprocessableContentException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public UnprocessableContentException cause(Throwable cause) { super.cause(cause); return this; }
}
