package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.ExceptionMappingScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The exception mapping scenarios on Jersey in embedded Tomcat. */
class JerseyTomcatExceptionMappingIT extends ExceptionMappingScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
