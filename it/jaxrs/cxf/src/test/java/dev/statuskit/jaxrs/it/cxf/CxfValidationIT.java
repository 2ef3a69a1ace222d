package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ValidationScenarios;

/** The validation scenarios on CXF, StatusKitFeature among the endpoint's providers. */
class CxfValidationIT extends ValidationScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
