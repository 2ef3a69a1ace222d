package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.JaxrsScenarios;

/** The scenario suite on Jersey 4 with Grizzly. */
class JerseyGrizzlyScenariosTest extends JaxrsScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
