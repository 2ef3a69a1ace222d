package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.ClientScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The client scenarios on Jersey in embedded Tomcat. */
class JerseyTomcatClientIT extends ClientScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
