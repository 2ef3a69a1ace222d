package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RegistrationScenarios;

/** The registration scenarios on CXF, StatusKitFeature among the endpoint's providers. */
class CxfRegistrationIT extends RegistrationScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
