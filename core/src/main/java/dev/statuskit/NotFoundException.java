package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 404 Not Found: no current representation of the target resource was found. The response is heuristically cacheable; add {@code Cache-Control} when the condition is transient.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110 §15.5.5</a>
 * @since 0.1.0
 */
public final class NotFoundException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NotFoundException() {
    super(HttpStatus.NOT_FOUND, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NotFoundException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public NotFoundException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public NotFoundException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public NotFoundException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public NotFoundException type(URI type) { super.type(type); return this; }
  @Override
  public NotFoundException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public NotFoundException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public NotFoundException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public NotFoundException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public NotFoundException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public NotFoundException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public NotFoundException cause(Throwable cause) { super.cause(cause); return this; }
}
