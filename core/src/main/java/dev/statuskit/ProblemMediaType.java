package dev.statuskit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The representations StatusKit writes a problem in.
 *
 * @since 0.3.0
 */
public enum ProblemMediaType {
  /** {@code application/problem+json} (RFC 9457 §3). */
  JSON("application/problem+json", "application/problem+json", "application/json"),
  /** {@code application/problem+xml} (RFC 9457 Appendix B). */
  XML("application/problem+xml", "application/problem+xml", "application/xml", "text/xml"),
  /** {@code text/html}, a self-contained page for people. */
  HTML("text/html;charset=UTF-8", "text/html", "application/xhtml+xml"),
  /** {@code text/plain}, for people and terminals. */
  TEXT("text/plain;charset=UTF-8", "text/plain");

  private final String contentType;
  private final List<String> mediaTypes;

  ProblemMediaType(String contentType, String... mediaTypes) {
    this.contentType = contentType;
    this.mediaTypes = List.of(mediaTypes);
  }

  /**
   * The media types that stand for this representation, the preferred first: what content
   * negotiation offers for it, and what {@link #fromContentType} recognizes.
   *
   * @return for example {@code [application/problem+json, application/json]}, lower case
   * @since 0.3.0
   */
  public List<String> mediaTypes() {
    return mediaTypes;
  }

  /**
   * The {@code Content-Type} field value.
   *
   * @return for example {@code application/problem+json}
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The representation a {@code Content-Type} field value names, for the client side: the
   * {@link #mediaTypes()} of each ({@code application/problem+json} and
   * {@code application/json} are JSON; {@code application/problem+xml}, {@code application/xml} and
   * {@code text/xml} are XML; {@code text/html} and {@code application/xhtml+xml} HTML;
   * {@code text/plain} text). Case and parameters are ignored.
   *
   * @param contentType a {@code Content-Type} value, or {@code null}
   * @return the representation, or empty for any other media type
   */
  public static Optional<ProblemMediaType> fromContentType(@Nullable String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    int semi = contentType.indexOf(';');
    String type = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    // The media types negotiation offers, and no others: one table for both directions.
    for (ProblemMediaType t : values()) {
      if (t.mediaTypes.contains(type)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
