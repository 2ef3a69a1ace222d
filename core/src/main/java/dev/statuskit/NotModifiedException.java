package dev.statuskit;

import dev.statuskit.header.EntityTag;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.internal.HttpDate;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Answers 304 Not Modified: the client's cached representation is still valid. The response never
 * has content (RFC 9110 §15.4.5); it carries the validator a 200 would carry: {@code ETag}, or
 * {@code Last-Modified} when there is no entity tag.
 *
 * <p>Fields such as {@code Cache-Control}, {@code Vary}, {@code Expires} or {@code Content-Location}
 * that a 200 to the same request would carry must be added with {@link #header}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5">RFC 9110 §15.4.5</a>
 * @since 0.1.0
 */
public final class NotModifiedException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the current entity tag.
   *
   * @param etag the entity tag of the selected representation
   */
  public NotModifiedException(EntityTag etag) {
    super(HttpStatus.NOT_MODIFIED,
        HeaderFields.builder().add("ETag", Objects.requireNonNull(etag, "etag").value()).build());
  }

  private NotModifiedException(Instant lastModified) {
    super(HttpStatus.NOT_MODIFIED, HeaderFields.builder().add("Last-Modified", HttpDate.format(lastModified)).build());
  }

  /**
   * An exception for a representation that has only a modification date.
   *
   * @param lastModified the modification date, sent as IMF-fixdate
   * @return the exception
   */
  public static NotModifiedException lastModified(Instant lastModified) {
    return new NotModifiedException(Objects.requireNonNull(lastModified, "lastModified"));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public NotModifiedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public NotModifiedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public NotModifiedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public NotModifiedException type(URI type) { super.type(type); return this; }
  @Override
  public NotModifiedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public NotModifiedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public NotModifiedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public NotModifiedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public NotModifiedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public NotModifiedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public NotModifiedException cause(Throwable cause) { super.cause(cause); return this; }
  @Override
  public NotModifiedException retryAfter(Duration delay) { super.retryAfter(delay); return this; }
  @Override
  public NotModifiedException retryAfter(Instant at) { super.retryAfter(at); return this; }
}
