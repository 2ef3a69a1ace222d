package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.FilterScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The filter, asynchronous and listener scenarios on Jersey (Grizzly). */
class JerseyGrizzlyFilterIT extends FilterScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
