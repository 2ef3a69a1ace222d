package dev.statuskit.jaxrs.it.cxf;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RateLimitScenarios;

/** The rate-limit scenarios on Apache CXF. */
class CxfRateLimitIT extends RateLimitScenarios {
  @Override
  protected Harness harness() {
    return CxfHarness.viaProviders();
  }
}
