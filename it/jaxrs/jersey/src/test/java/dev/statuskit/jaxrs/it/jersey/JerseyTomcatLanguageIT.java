package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.LanguageScenarios;

/** The language scenarios on Jersey 4 inside embedded Tomcat 11. */
class JerseyTomcatLanguageIT extends LanguageScenarios {
  @Override
  protected Harness harness() {
    return new TomcatHarness();
  }
}
