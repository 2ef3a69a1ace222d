package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 418 I'm a teapot: reserved (RFC 9110 §15.5.19 marks 418 unused); it exists for completeness and should not be sent.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">RFC 9110 §15.5.19</a>
 * @since 0.1.0
 */
public final class ImATeapotException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public ImATeapotException() {
    super(HttpStatus.I_AM_A_TEAPOT, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ImATeapotException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ImATeapotException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ImATeapotException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public ImATeapotException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public ImATeapotException type(URI type) { super.type(type); return this; }
  @Override
  public ImATeapotException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ImATeapotException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ImATeapotException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ImATeapotException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public ImATeapotException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ImATeapotException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ImATeapotException cause(Throwable cause) { super.cause(cause); return this; }
}
