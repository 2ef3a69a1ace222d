package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.LanguageScenarios;

/** The language scenarios on this runtime. */
class JerseyGrizzlyLanguageIT extends LanguageScenarios {
  @Override
  protected Harness harness() {
    return new GrizzlyHarness();
  }
}
