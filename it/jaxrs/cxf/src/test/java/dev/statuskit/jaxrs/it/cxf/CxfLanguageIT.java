package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.LanguageScenarios;

/** The language scenarios on this runtime. */
class CxfLanguageIT extends LanguageScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
