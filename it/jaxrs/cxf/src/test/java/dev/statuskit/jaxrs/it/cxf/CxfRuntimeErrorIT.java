package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RuntimeErrorScenarios;

/** The runtime error and negotiation scenarios on CXF, StatusKitFeature among the endpoint's providers. */
class CxfRuntimeErrorIT extends RuntimeErrorScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
