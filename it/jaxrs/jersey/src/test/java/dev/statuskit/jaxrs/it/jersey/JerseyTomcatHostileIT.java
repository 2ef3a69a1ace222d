package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.HostileJaxrsScenarios;

/** The hostile-input suite on Jersey in Tomcat (Jersey's servlet container, where sendError lurks). */
class JerseyTomcatHostileIT extends HostileJaxrsScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
