package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 300 Multiple Choices: the target has several representations and the server leaves the
 * choice to the client; the body should list them, and {@code Location} names the server's
 * preferred choice when it has one.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1">RFC 9110 §15.4.1</a>
 * @since 0.1.0
 */
public final class MultipleChoicesException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /** An exception without a preferred choice. */
  public MultipleChoicesException() {
    super(HttpStatus.MULTIPLE_CHOICES, HeaderFields.empty());
  }

  /**
   * An exception with the server's preferred choice.
   *
   * @param preferred the URI reference sent as {@code Location}
   */
  public MultipleChoicesException(URI preferred) {
    super(HttpStatus.MULTIPLE_CHOICES, location(preferred));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public MultipleChoicesException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public MultipleChoicesException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public MultipleChoicesException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public MultipleChoicesException type(URI type) { super.type(type); return this; }
  @Override
  public MultipleChoicesException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public MultipleChoicesException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public MultipleChoicesException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public MultipleChoicesException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public MultipleChoicesException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public MultipleChoicesException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public MultipleChoicesException cause(Throwable cause) { super.cause(cause); return this; }
  @Override
  public MultipleChoicesException retryAfter(Duration delay) { super.retryAfter(delay); return this; }
  @Override
  public MultipleChoicesException retryAfter(Instant at) { super.retryAfter(at); return this; }
}
