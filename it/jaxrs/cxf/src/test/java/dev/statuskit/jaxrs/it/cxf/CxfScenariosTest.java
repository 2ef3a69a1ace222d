package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.JaxrsScenarios;

/** The scenario suite on CXF 4.2 with its Jetty transport; StatusKitFeature registered explicitly. */
class CxfScenariosTest extends JaxrsScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
