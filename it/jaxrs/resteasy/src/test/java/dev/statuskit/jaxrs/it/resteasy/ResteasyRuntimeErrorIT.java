package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RuntimeErrorScenarios;

/** The runtime error and negotiation scenarios on RESTEasy (Undertow). */
class ResteasyRuntimeErrorIT extends RuntimeErrorScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
