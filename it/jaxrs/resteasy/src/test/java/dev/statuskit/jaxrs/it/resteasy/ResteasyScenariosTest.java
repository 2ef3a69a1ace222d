package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.JaxrsScenarios;

/** The scenario suite on RESTEasy 7 with Undertow. */
class ResteasyScenariosTest extends JaxrsScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
