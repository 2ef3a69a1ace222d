package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ValidationScenarios;

/** The validation scenarios on Jersey in embedded Tomcat. */
class JerseyTomcatValidationIT extends ValidationScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
