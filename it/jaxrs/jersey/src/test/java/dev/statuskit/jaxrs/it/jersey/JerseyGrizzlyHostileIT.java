package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.HostileJaxrsScenarios;

/** The hostile-input suite on Jersey with Grizzly, with the load test. */
class JerseyGrizzlyHostileIT extends HostileJaxrsScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }

  @Override
  protected boolean runsLoadTest() {
    return true;
  }
}
