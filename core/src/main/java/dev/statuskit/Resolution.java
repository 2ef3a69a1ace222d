package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.util.Objects;

/**
 * What a {@link ProblemResolver} made of a {@link Throwable}: the status, the header fields and the
 * problem to answer with, and where they came from.
 *
 * @param status the response status
 * @param headers the header fields to set besides {@code Content-Type}
 * @param problem the problem body, whose status equals {@code status}
 * @param thrown the throwable that was resolved
 * @param source the element of {@code thrown}'s cause chain that decided the answer; {@code thrown}
 *     itself when nothing matched
 * @param kind how the answer was found
 * @since 0.1
 */
public record Resolution(HttpStatus status, HeaderFields headers, Problem problem, Throwable thrown,
    Throwable source, Kind kind) {

  /** How a resolution was found, in the order the resolver tries them. */
  public enum Kind {
    /** An {@link HttpException}. */
    HTTP_EXCEPTION,
    /** A class annotated with {@link HttpProblem}. */
    ANNOTATED,
    /** A mapping configured on the resolver. */
    MAPPED,
    /** Nothing matched: a 500 without details. */
    UNHANDLED,
    /**
     * An error status without an exception: a runtime's or a container's own error, or a
     * {@code sendError}; {@link Resolution#thrown()} is then a placeholder.
     */
    STATUS
  }

  /**
   * Checks the components.
   *
   * @param status see the record description
   * @param headers see the record description
   * @param problem see the record description
   * @param thrown see the record description
   * @param source see the record description
   * @param kind see the record description
   * @throws NullPointerException if a component is null
   */
  public Resolution {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(thrown, "thrown");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * Whether the answer is a 5xx.
   *
   * @return {@code true} for 500-599
   */
  public boolean isServerError() {
    return status.code() >= 500;
  }
}
