package dev.statuskit.quarkus.it;

import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.ScenarioApp;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.opentest4j.TestAbortedException;

/**
 * The application {@code @QuarkusTest} started: Quarkus builds one application per test class,
 * from the index, so the scenario application is the only one it can "start".
 */
final class QuarkusHarness implements Harness {

  @Override
  public Running start(Application application) {
    if (application.getClass() != ScenarioApp.class) {
      throw new TestAbortedException("Quarkus builds its one application at build time; "
          + application.getClass().getSimpleName() + " with its own properties cannot be started beside it");
    }
    // Quarkus stops the application after the tests.
    return Running.at(URI.create(TestHTTPResourceManager.getUri() + "/"), () -> { });
  }

  @Override
  public boolean loadsFeatureServices() {
    return false;
  }
}
