package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.ExceptionMappingScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The exception mapping scenarios on CXF, StatusKitFeature registered for the whole Bus. */
class CxfBusPropertyExceptionMappingIT extends ExceptionMappingScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaBusProperty();
  }
}
