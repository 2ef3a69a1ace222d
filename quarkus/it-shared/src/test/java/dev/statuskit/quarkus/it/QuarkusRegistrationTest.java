package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.RegistrationScenarios;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registration scenarios on Quarkus, as {@link QuarkusExceptionMappingTest}. */
@QuarkusTest
@ExtendWith(QuarkusDifferences.class)
class QuarkusRegistrationTest extends RegistrationScenarios {
  @Override
  protected Harness harness() {
    return new QuarkusHarness();
  }
}
