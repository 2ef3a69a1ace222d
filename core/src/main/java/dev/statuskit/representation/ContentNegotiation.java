package dev.statuskit.representation;

import org.jspecify.annotations.Nullable;

/**
 * Chooses the problem representation from an {@code Accept} field value.
 *
 * <p>PROVISIONAL: to be completed by the representations issue (q-values, wildcards, ordering).
 *
 * @since 0.1
 */
public final class ContentNegotiation {

  private ContentNegotiation() {}

  /**
   * Negotiates a representation; never fails, and falls back to problem+json (never a 406).
   *
   * @param accept the request's {@code Accept} value(s) joined by commas, or {@code null} when absent
   * @return the choice
   */
  public static Negotiated negotiate(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return new Negotiated(ProblemMediaType.JSON, true);
    }
    String a = accept.toLowerCase(java.util.Locale.ROOT);
    if (a.contains("json")) {
      return new Negotiated(ProblemMediaType.JSON, true);
    }
    if (a.contains("text/html")) {
      return new Negotiated(ProblemMediaType.HTML, true);
    }
    if (a.contains("xml")) {
      return new Negotiated(ProblemMediaType.XML, true);
    }
    if (a.contains("text/plain")) {
      return new Negotiated(ProblemMediaType.TEXT, true);
    }
    return new Negotiated(ProblemMediaType.JSON, true);
  }
}
