package dev.statuskit;

import dev.statuskit.header.EntityTag;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.HttpDate;
import java.time.Instant;
import java.util.Objects;

/**
 * Answers 304 Not Modified: the client's cached representation is still valid. The response never
 * has content (RFC 9110 §15.4.5); it carries the validator a 200 would carry: {@code ETag}, or
 * {@code Last-Modified} when there is no entity tag.
 *
 * <p>Fields such as {@code Cache-Control}, {@code Vary}, {@code Expires} or {@code Content-Location}
 * that a 200 to the same request would carry must be added with {@link #header}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5">RFC 9110 §15.4.5</a>
 * @since 0.1
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
}
