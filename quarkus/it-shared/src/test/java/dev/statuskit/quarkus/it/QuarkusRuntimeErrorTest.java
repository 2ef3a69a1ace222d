package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RuntimeErrorScenarios;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The runtime error and negotiation scenarios on Quarkus, as {@link QuarkusExceptionMappingTest}. */
@QuarkusTest
@ExtendWith(QuarkusDifferences.class)
class QuarkusRuntimeErrorTest extends RuntimeErrorScenarios {
  @Override
  protected Harness harness() {
    return new QuarkusHarness();
  }
}
