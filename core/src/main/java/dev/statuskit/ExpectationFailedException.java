package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 417 Expectation Failed: the expectation in the request's {@code Expect} field cannot be met.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18">RFC 9110 §15.5.18</a>
 * @since 0.1.0
 */
public final class ExpectationFailedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public ExpectationFailedException() {
    super(HttpStatus.EXPECTATION_FAILED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public ExpectationFailedException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ExpectationFailedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ExpectationFailedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public ExpectationFailedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public ExpectationFailedException type(URI type) { super.type(type); return this; }
  @Override
  public ExpectationFailedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ExpectationFailedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ExpectationFailedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ExpectationFailedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public ExpectationFailedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ExpectationFailedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ExpectationFailedException cause(Throwable cause) { super.cause(cause); return this; }
}
