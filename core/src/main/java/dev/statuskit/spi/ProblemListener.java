package dev.statuskit.spi;

import dev.statuskit.ProblemEvent;

/**
 * Observes every handled problem, for metrics or audit, without CDI: found through
 * {@link java.util.ServiceLoader}. With CDI, observe {@link ProblemEvent} instead
 * ({@code void onProblem(@Observes ProblemEvent e)}).
 *
 * <p>Called after the problem is final and before it is written. A listener that throws is
 * logged and does not affect the response.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ProblemListener {

  /**
   * Receives one handled problem.
   *
   * @param event the exception, problem, status and request essentials
   */
  void onProblem(ProblemEvent event);
}
