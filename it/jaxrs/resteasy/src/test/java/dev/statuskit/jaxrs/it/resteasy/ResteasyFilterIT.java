package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.FilterScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The filter, asynchronous and listener scenarios on RESTEasy (Undertow). */
class ResteasyFilterIT extends FilterScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
