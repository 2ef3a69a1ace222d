package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RateLimitScenarios;

/** The rate-limit scenarios on Jersey 4 with Grizzly. */
class JerseyGrizzlyRateLimitIT extends RateLimitScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
