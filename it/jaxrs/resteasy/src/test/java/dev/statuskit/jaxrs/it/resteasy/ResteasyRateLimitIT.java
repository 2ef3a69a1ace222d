package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RateLimitScenarios;

/** The rate-limit scenarios on RESTEasy with Undertow. */
class ResteasyRateLimitIT extends RateLimitScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }
}
