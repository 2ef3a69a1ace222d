package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.ExceptionMappingScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** The exception mapping scenarios on RESTEasy (Undertow). */
class ResteasyExceptionMappingIT extends ExceptionMappingScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
