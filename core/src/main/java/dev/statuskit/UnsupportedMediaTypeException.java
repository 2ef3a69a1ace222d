package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.internal.FieldSyntax;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 415 Unsupported Media Type: the content is in a format, or a content coding, that the
 * target resource does not support.
 *
 * <p>What the response may advertise depends on the cause (RFC 9110 §12.5.3, §15.5.16):
 * {@link #acceptPatch} for an unsupported PATCH document format (SHOULD, RFC 5789 §2.2),
 * {@link #acceptPost} for POST (W3C LDP §7.1), and {@code Accept-Encoding} only when a content coding
 * was the problem, which {@link #contentCoding} builds. A 415 for any other reason MUST NOT carry
 * {@code Accept-Encoding}, so the generic {@link #header} refuses it.
 *
 * <pre>{@code
 * throw new UnsupportedMediaTypeException().acceptPatch("application/merge-patch+json");
 * throw UnsupportedMediaTypeException.contentCoding("gzip", "br");
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16">RFC 9110 §15.5.16</a>
 * @since 0.1.0
 */
public final class UnsupportedMediaTypeException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception for an unsupported media type, without advertised alternatives. */
  public UnsupportedMediaTypeException() {
    super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public UnsupportedMediaTypeException(String detail) {
    this();
    detail(detail);
  }

  /**
   * An exception for an unsupported content coding; the response carries {@code Accept-Encoding}
   * with the codings the resource accepts (RFC 9110 §12.5.3).
   *
   * @param coding an accepted content coding (a token, or {@code identity})
   * @param more further accepted codings
   * @return the exception
   * @throws IllegalArgumentException if a coding is not a token
   */
  public static UnsupportedMediaTypeException contentCoding(String coding, String... more) {
    UnsupportedMediaTypeException e = new UnsupportedMediaTypeException();
    e.setHeader("Accept-Encoding", tokens(coding, more));
    return e;
  }

  /**
   * Advertises the PATCH document formats the resource accepts ({@code Accept-Patch}, RFC 5789 §3.1).
   *
   * @param mediaType a media type
   * @param more further media types
   * @return this exception
   * @throws IllegalArgumentException if a media type is malformed
   */
  public UnsupportedMediaTypeException acceptPatch(String mediaType, String... more) {
    setHeader("Accept-Patch", mediaTypes(false, mediaType, more));
    return this;
  }

  /**
   * Advertises the media ranges POST accepts ({@code Accept-Post}, W3C LDP 1.0 §7.1).
   *
   * @param mediaRange a media range
   * @param more further media ranges
   * @return this exception
   * @throws IllegalArgumentException if a media range is malformed
   */
  public UnsupportedMediaTypeException acceptPost(String mediaRange, String... more) {
    setHeader("Accept-Post", mediaTypes(true, mediaRange, more));
    return this;
  }

  private static String mediaTypes(boolean ranges, String first, String... more) {
    return String.join(", ", list("mediaType", m -> FieldSyntax.requireMediaType(m, ranges, "media type"), first, more));
  }

  private static String tokens(String first, String... more) {
    return String.join(", ", list("coding", m -> FieldSyntax.requireToken(m, "content-coding"), first, more));
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public UnsupportedMediaTypeException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public UnsupportedMediaTypeException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public UnsupportedMediaTypeException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public UnsupportedMediaTypeException type(URI type) { super.type(type); return this; }
  @Override
  public UnsupportedMediaTypeException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public UnsupportedMediaTypeException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public UnsupportedMediaTypeException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public UnsupportedMediaTypeException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public UnsupportedMediaTypeException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public UnsupportedMediaTypeException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public UnsupportedMediaTypeException cause(Throwable cause) { super.cause(cause); return this; }
}
