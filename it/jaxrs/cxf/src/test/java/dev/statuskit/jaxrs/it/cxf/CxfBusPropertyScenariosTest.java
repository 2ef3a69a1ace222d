package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.JaxrsScenarios;

/**
 * The scenario suite on CXF with StatusKitFeature registered for the whole Bus
 * ({@code org.apache.cxf.jaxrs.bus.providers}). Bus providers are configured once for the Bus: they
 * see neither the application's properties nor a StatusKitFeature the application registers itself,
 * so configure the Bus's instance ({@code new StatusKitFeature(resolver)}) instead.
 */
class CxfBusPropertyScenariosTest extends JaxrsScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaBusProperty();
  }

  @Override
  protected boolean featureSeesApplicationConfiguration() {
    return false;
  }
}
