package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.ClientScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The client scenarios on Jersey (Grizzly). */
class JerseyGrizzlyClientIT extends ClientScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
