package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.ExceptionMappingScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The exception mapping scenarios on Jersey (Grizzly). */
class JerseyGrizzlyExceptionMappingIT extends ExceptionMappingScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
