package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ValidationScenarios;

/** The validation scenarios on RESTEasy (Undertow). */
class ResteasyValidationIT extends ValidationScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
