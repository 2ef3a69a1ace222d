package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RegistrationScenarios;

/** The registration scenarios on RESTEasy (Undertow). */
class ResteasyRegistrationIT extends RegistrationScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
