package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RegistrationScenarios;

/** The registration scenarios on Jersey in embedded Tomcat. */
class JerseyTomcatRegistrationIT extends RegistrationScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
