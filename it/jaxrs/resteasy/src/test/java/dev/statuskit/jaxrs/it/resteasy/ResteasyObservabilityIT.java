package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ObservabilityScenarios;

/** OpenTelemetry and Micrometer end to end on RESTEasy 7 on Undertow. */
class ResteasyObservabilityIT extends ObservabilityScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
