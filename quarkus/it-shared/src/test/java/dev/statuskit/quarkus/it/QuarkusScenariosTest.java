package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.JaxrsScenarios;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JAX-RS scenario suite on Quarkus (Quarkus REST in it-rest, RESTEasy classic in it-resteasy),
 * StatusKit installed by the statuskit-quarkus extension. The scenarios that need an application
 * of their own (other properties, other classes) are skipped by the harness: Quarkus builds one
 * application per run. Those the stack answers differently are skipped by {@link QuarkusDifferences},
 * with the reason.
 */
@QuarkusTest
@ExtendWith(QuarkusDifferences.class)
class QuarkusScenariosTest extends JaxrsScenarios {
  @Override
  protected Harness harness() {
    return new QuarkusHarness();
  }
}
