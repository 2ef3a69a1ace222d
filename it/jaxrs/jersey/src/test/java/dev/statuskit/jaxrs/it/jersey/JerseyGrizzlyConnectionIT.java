package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.ConnectionScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** Framing, Date, keep-alive and Accept on Jersey 4 with Grizzly. */
class JerseyGrizzlyConnectionIT extends ConnectionScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
