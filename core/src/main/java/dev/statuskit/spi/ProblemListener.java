package dev.statuskit.spi;



/**
 * Observes every handled problem, for metrics or audit: found through
 * {@link java.util.ServiceLoader} and, when a CDI container is present, as CDI beans; ordered by
 * {@code jakarta.annotation.Priority} on the implementation class, lowest first (no annotation
 * counts as 5000). With CDI, an observer of {@link ProblemEvent}
 * ({@code void onProblem(@Observes ProblemEvent e)}) is the more idiomatic way.
 *
 * <p>Called with the final response, exactly as the adapter then sends it, before it is sent. A listener that throws is
 * logged and does not affect the response.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProblemListener {

  /**
   * Receives one handled problem.
   *
   * @param event the response as it is sent (status, header fields, problem, body), the exception
   *     and the request essentials
   */
  void onProblem(ProblemEvent event);
}
