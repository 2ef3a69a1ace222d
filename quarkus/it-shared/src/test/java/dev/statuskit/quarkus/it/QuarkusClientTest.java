package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.ClientScenarios;
import dev.statuskit.jaxrs.it.Harness;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client scenarios on Quarkus, as {@link QuarkusExceptionMappingTest}. */
@QuarkusTest
@ExtendWith(QuarkusDifferences.class)
class QuarkusClientTest extends ClientScenarios {
  @Override
  protected Harness harness() {
    return new QuarkusHarness();
  }
}
