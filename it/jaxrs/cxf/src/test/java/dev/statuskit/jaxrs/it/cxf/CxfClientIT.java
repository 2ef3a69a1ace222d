package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.ClientScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The client scenarios on CXF, StatusKitFeature among the endpoint's providers. */
class CxfClientIT extends ClientScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
