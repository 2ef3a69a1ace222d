package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.ConformanceGuardScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The conformance guard on Apache CXF, StatusKitFeature registered with the application. */
class CxfConformanceGuardIT extends ConformanceGuardScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
