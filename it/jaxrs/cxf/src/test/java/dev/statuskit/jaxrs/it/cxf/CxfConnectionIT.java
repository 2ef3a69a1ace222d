package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.ConnectionScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** Framing, Date, keep-alive and Accept on CXF 4.2 with its Jetty transport. */
class CxfConnectionIT extends ConnectionScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
