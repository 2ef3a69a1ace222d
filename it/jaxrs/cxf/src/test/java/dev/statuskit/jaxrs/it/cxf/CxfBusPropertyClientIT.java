package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.ClientScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The client scenarios on CXF, StatusKitFeature registered for the whole Bus. */
class CxfBusPropertyClientIT extends ClientScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaBusProperty();
  }
}
