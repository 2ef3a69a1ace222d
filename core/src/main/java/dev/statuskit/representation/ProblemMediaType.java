package dev.statuskit.representation;

/**
 * The representations StatusKit writes a problem in.
 *
 * @since 0.1
 */
public enum ProblemMediaType {
  /** {@code application/problem+json} (RFC 9457 §3). */
  JSON("application/problem+json"),
  /** {@code application/problem+xml} (RFC 9457 Appendix B). */
  XML("application/problem+xml"),
  /** {@code text/html}, a self-contained page for people. */
  HTML("text/html;charset=UTF-8"),
  /** {@code text/plain}, for people and terminals. */
  TEXT("text/plain;charset=UTF-8");

  private final String contentType;

  ProblemMediaType(String contentType) {
    this.contentType = contentType;
  }

  /**
   * The {@code Content-Type} field value.
   *
   * @return for example {@code application/problem+json}
   */
  public String contentType() {
    return contentType;
  }
}
