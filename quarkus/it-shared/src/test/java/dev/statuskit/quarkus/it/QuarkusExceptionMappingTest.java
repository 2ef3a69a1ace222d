package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.ExceptionMappingScenarios;
import dev.statuskit.jaxrs.it.Harness;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JAX-RS exception mapping scenarios on Quarkus (Quarkus REST in it-rest, RESTEasy classic in
 * it-resteasy), StatusKit installed by the statuskit-quarkus extension. The scenarios that need an application
 * of their own (other properties, other classes) are skipped by the harness: Quarkus builds one
 * application per run. Those the stack answers differently are skipped by {@link QuarkusDifferences},
 * with the reason. The other scenario suites run the same way ({@code Quarkus*Test} beside this one).
 */
@QuarkusTest
@ExtendWith(QuarkusDifferences.class)
class QuarkusExceptionMappingTest extends ExceptionMappingScenarios {
  @Override
  protected Harness harness() {
    return new QuarkusHarness();
  }
}
