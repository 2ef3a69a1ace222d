package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ValidationScenarios;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The validation scenarios on Quarkus, as {@link QuarkusExceptionMappingTest}. */
@QuarkusTest
@ExtendWith(QuarkusDifferences.class)
class QuarkusValidationTest extends ValidationScenarios {
  @Override
  protected Harness harness() {
    return new QuarkusHarness();
  }
}
