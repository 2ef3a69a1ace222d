package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.ConnectionScenarios;
import dev.statuskit.jaxrs.it.Harness;

/** Framing, Date, keep-alive and Accept on Jersey 4 in Tomcat 11. */
class JerseyTomcatConnectionIT extends ConnectionScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
