package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ValidationScenarios;

/** The validation scenarios on CXF, StatusKitFeature registered for the whole Bus. */
class CxfBusPropertyValidationIT extends ValidationScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaBusProperty();
  }
}
