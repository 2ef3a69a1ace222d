package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.client.ProblemResponseExceptionMapper;
import dev.statuskit.jaxrs.it.Harness;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * An application on Undertow for the whole class, and a MicroProfile Rest Client (RESTEasy's) of it
 * with StatusKit's {@link ProblemResponseExceptionMapper}, so that its methods throw the typed
 * exceptions.
 *
 * @param <T> the client interface
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RestClientSuite<T> {

  private final Class<T> type;
  private Harness.Running app;
  /** The client, once the application runs. */
  T api;

  RestClientSuite(Class<T> type) {
    this.type = type;
  }

  /** The application the client calls. */
  abstract Application application();

  @BeforeAll
  void start() throws Exception {
    app = new UndertowHarness().start(application());
    api = RestClientBuilder.newBuilder().baseUri(app.base()).register(ProblemResponseExceptionMapper.class)
        .build(type);
  }

  @AfterAll
  void stop() throws Exception {
    app.close();
  }
}
