package dev.statuskit;

import dev.statuskit.header.ContentRange;
import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers 416 Range Not Satisfiable: none of the requested ranges overlaps the representation; for
 * byte ranges the response carries {@code Content-Range: bytes *}{@code /<complete-length>}.
 *
 * <p>The complete length is a constructor argument. When it is genuinely unknown, say so with
 * {@link #lengthUnknown()}: the response then has no {@code Content-Range}, since the
 * unsatisfied-range syntax has no form without a length (RFC 9110 §14.4).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17">RFC 9110 §15.5.17</a>
 * @since 0.1.0
 */
public final class RangeNotSatisfiableException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  private final @Nullable ContentRange contentRange;

  /**
   * An exception for a byte range, with the current length of the representation.
   *
   * @param completeLength zero or more bytes
   * @throws IllegalArgumentException if the length is negative
   */
  public RangeNotSatisfiableException(long completeLength) {
    this(ContentRange.unsatisfied(completeLength));
  }

  /**
   * An exception with an unsatisfied range of any unit.
   *
   * @param contentRange an unsatisfied range ({@code unit *}{@code /N})
   * @throws IllegalArgumentException if the range is a satisfied one
   */
  public RangeNotSatisfiableException(ContentRange contentRange) {
    super(HttpStatus.RANGE_NOT_SATISFIABLE, HeaderFields.builder()
        .add("Content-Range", requireUnsatisfied(contentRange).value()).build());
    this.contentRange = contentRange;
  }

  private RangeNotSatisfiableException() {
    super(HttpStatus.RANGE_NOT_SATISFIABLE, HeaderFields.empty());
    this.contentRange = null;
  }

  /**
   * An exception for a representation whose length is not known; it carries no {@code Content-Range}.
   *
   * @return the exception
   */
  public static RangeNotSatisfiableException lengthUnknown() {
    return new RangeNotSatisfiableException();
  }

  /**
   * The unsatisfied range sent in {@code Content-Range}.
   *
   * @return the range, or empty when the length is unknown
   */
  public Optional<ContentRange> getContentRange() {
    return Optional.ofNullable(contentRange);
  }

  private static ContentRange requireUnsatisfied(ContentRange r) {
    if (!Objects.requireNonNull(r, "contentRange").isUnsatisfied()) {
      throw new IllegalArgumentException("Content-Range " + r.value()
          + " is a satisfied range; a 416 carries the unsatisfied form \"bytes */N\" (RFC 9110 §15.5.17)");
    }
    return r;
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public RangeNotSatisfiableException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public RangeNotSatisfiableException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public RangeNotSatisfiableException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public RangeNotSatisfiableException type(URI type) { super.type(type); return this; }
  @Override
  public RangeNotSatisfiableException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public RangeNotSatisfiableException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public RangeNotSatisfiableException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public RangeNotSatisfiableException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public RangeNotSatisfiableException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public RangeNotSatisfiableException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public RangeNotSatisfiableException cause(Throwable cause) { super.cause(cause); return this; }
}
