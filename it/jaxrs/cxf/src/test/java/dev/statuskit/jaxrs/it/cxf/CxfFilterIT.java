package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.FilterScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The filter, asynchronous and listener scenarios on CXF, StatusKitFeature among the endpoint's providers. */
class CxfFilterIT extends FilterScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
