package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.ExceptionMappingScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The exception mapping scenarios on CXF, StatusKitFeature among the endpoint's providers. */
class CxfExceptionMappingIT extends ExceptionMappingScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
