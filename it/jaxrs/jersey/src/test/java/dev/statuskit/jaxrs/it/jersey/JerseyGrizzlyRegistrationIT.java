package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RegistrationScenarios;

/** The registration scenarios on Jersey (Grizzly). */
class JerseyGrizzlyRegistrationIT extends RegistrationScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
