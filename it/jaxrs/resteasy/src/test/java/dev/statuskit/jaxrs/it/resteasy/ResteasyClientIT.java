package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.ClientScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The client scenarios on RESTEasy (Undertow). */
class ResteasyClientIT extends ClientScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
