package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.ConformanceGuardScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The conformance guard on Jersey 4 with Grizzly. */
class JerseyGrizzlyConformanceGuardIT extends ConformanceGuardScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
