package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.FilterScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The filter, asynchronous and listener scenarios on CXF, StatusKitFeature registered for the whole Bus. */
class CxfBusPropertyFilterIT extends FilterScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaBusProperty();
  }
}
