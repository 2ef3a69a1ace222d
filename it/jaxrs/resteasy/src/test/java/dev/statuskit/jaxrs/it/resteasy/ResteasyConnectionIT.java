package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.ConnectionScenarios;
import dev.statuskit.jaxrs.it.Harness;

/**
 * Framing, Date, keep-alive and Accept on RESTEasy 7 in Undertow, with statuskit-servlet beside it:
 * RESTEasy's servlet dispatcher refuses an {@code Accept} it cannot parse ({@code ;;;}) with
 * {@code sendError(400)} before any JAX-RS provider runs.
 */
class ResteasyConnectionIT extends ConnectionScenarios {
  @Override
  protected Harness harness() {
    return UndertowHarness.withServletAdapter();
  }
}
