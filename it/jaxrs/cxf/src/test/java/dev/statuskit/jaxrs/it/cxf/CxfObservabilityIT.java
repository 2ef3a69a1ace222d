package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ObservabilityScenarios;

/** OpenTelemetry and Micrometer end to end on CXF 4.2 on Jetty. */
class CxfObservabilityIT extends ObservabilityScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
