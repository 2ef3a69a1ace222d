package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 406 Not Acceptable: no representation matches the request's proactive negotiation fields; the body should list the available ones.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7">RFC 9110 §15.5.7</a>
 * @since 0.1.0
 */
public final class NotAcceptableException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NotAcceptableException() {
    super(HttpStatus.NOT_ACCEPTABLE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NotAcceptableException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public NotAcceptableException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public NotAcceptableException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public NotAcceptableException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public NotAcceptableException type(URI type) { super.type(type); return this; }
  @Override
  public NotAcceptableException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public NotAcceptableException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public NotAcceptableException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public NotAcceptableException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public NotAcceptableException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public NotAcceptableException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public NotAcceptableException cause(Throwable cause) { super.cause(cause); return this; }
}
