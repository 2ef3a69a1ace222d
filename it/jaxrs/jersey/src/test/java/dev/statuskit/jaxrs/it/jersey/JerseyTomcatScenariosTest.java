package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.JaxrsScenarios;

/** The scenario suite on Jersey 4 inside embedded Tomcat 11 (the sendError path). */
class JerseyTomcatScenariosTest extends JaxrsScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
