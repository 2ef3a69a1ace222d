package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.ConformanceGuardScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The conformance guard on RESTEasy with Undertow. */
class ResteasyConformanceGuardIT extends ConformanceGuardScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
