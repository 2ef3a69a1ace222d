package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ObservabilityScenarios;

/** OpenTelemetry and Micrometer end to end on Jersey 4 inside embedded Tomcat 11. */
class JerseyTomcatObservabilityIT extends ObservabilityScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
