package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RuntimeErrorScenarios;

/** The runtime error and negotiation scenarios on CXF, StatusKitFeature registered for the whole Bus. */
class CxfBusPropertyRuntimeErrorIT extends RuntimeErrorScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaBusProperty();
  }
}
