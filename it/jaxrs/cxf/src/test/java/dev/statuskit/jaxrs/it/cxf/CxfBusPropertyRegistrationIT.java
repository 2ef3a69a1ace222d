package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RegistrationScenarios;

/** The registration scenarios on CXF, StatusKitFeature registered for the whole Bus. */
class CxfBusPropertyRegistrationIT extends RegistrationScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaBusProperty();
  }
}
