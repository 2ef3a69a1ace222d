package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 424 Failed Dependency: the action failed because another action it depends on failed.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.4">RFC 4918 §11.4</a>
 * @since 0.1.0
 */
public final class FailedDependencyException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public FailedDependencyException() {
    super(HttpStatus.FAILED_DEPENDENCY, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public FailedDependencyException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public FailedDependencyException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public FailedDependencyException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public FailedDependencyException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public FailedDependencyException type(URI type) { super.type(type); return this; }
  @Override
  public FailedDependencyException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public FailedDependencyException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public FailedDependencyException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public FailedDependencyException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public FailedDependencyException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public FailedDependencyException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public FailedDependencyException cause(Throwable cause) { super.cause(cause); return this; }
}
