package dev.statuskit.spi;

import dev.statuskit.Problem;


/**
 * Changes a problem before it is written: adds a trace id, localizes the title, links
 * documentation. Found through {@link java.util.ServiceLoader} and, when a CDI container is
 * present, as CDI beans; both are applied, ordered by {@code jakarta.annotation.Priority} on the
 * implementation class, lowest first (no annotation counts as 5000).
 *
 * <p>Customizers run on the error path, so they must be fast and must not throw. One that throws
 * is skipped for that response and logged; the response is still written. The status of the
 * problem cannot be changed (RFC 9457 §3.1.2 requires it to equal the response status): a
 * customizer that changes it is ignored.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class TraceIdCustomizer implements ProblemCustomizer {
 *   public Problem customize(Problem problem, ProblemEvent event) {
 *     return problem.toBuilder().extension("traceId", Span.current().traceId()).build();
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProblemCustomizer {

  /**
   * Returns the problem to write.
   *
   * @param problem the problem so far
   * @param event what is being handled so far: the exception, status, header fields and request
   *     essentials; no representation has been chosen yet, so its media type and body are empty
   * @return the same problem, or a changed copy built with {@link Problem#toBuilder()}
   */
  Problem customize(Problem problem, ProblemEvent event);
}
