package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.FilterScenarios;
import dev.statuskit.jaxrs.it.Harness;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The filter, asynchronous and listener scenarios on Quarkus, as {@link QuarkusExceptionMappingTest}. */
@QuarkusTest
@ExtendWith(QuarkusDifferences.class)
class QuarkusFilterTest extends FilterScenarios {
  @Override
  protected Harness harness() {
    return new QuarkusHarness();
  }
}
