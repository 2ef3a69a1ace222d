package dev.statuskit.cdi.it;

import dev.statuskit.Problem;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;

/** A customizer an application lists in {@code META-INF/services}; no CDI annotation at all. */
public final class ServiceLoaderTraceIdCustomizer implements ProblemCustomizer {

  @Override
  public Problem customize(Problem problem, ProblemEvent event) {
    return problem.toBuilder().extension("traceId", "from-service-loader").build();
  }
}
