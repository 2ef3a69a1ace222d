package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.LanguageScenarios;

/** The language scenarios on this runtime. */
class ResteasyLanguageIT extends LanguageScenarios {
  @Override
  protected Harness harness() {
    return new UndertowHarness();
  }

  /** RESTEasy answers an Accept-Language weight above 1 with Undertow's own 400 page (see README). */
  @Override
  protected boolean runtimeRefusesWeightsAboveOne() {
    return true;
  }
}
