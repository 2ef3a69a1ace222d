package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RuntimeErrorScenarios;

/** The runtime error and negotiation scenarios on Jersey in embedded Tomcat. */
class JerseyTomcatRuntimeErrorIT extends RuntimeErrorScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
