package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 410 Gone: the target resource is no longer available and this is likely permanent.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11">RFC 9110 §15.5.11</a>
 * @since 0.1.0
 */
public final class GoneException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public GoneException() {
    super(HttpStatus.GONE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public GoneException(String detail) {
    this();
    detail(detail);
  }

  /**
   * Adds {@code Deprecation}, {@code Sunset} and the {@code Link}s to the deprecation and sunset
   * notices: the 410 that follows a resource's sunset keeps telling clients why (RFC 9745, RFC 8594).
   *
   * @param deprecation the resource's deprecation
   * @return this exception
   * @since 0.3.0
   */
  public GoneException deprecation(dev.statuskit.header.Deprecation deprecation) {
    putDeprecation(deprecation);
    return this;
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public GoneException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public GoneException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public GoneException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public GoneException type(URI type) { super.type(type); return this; }
  @Override
  public GoneException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public GoneException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public GoneException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public GoneException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public GoneException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public GoneException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public GoneException cause(Throwable cause) { super.cause(cause); return this; }
}
