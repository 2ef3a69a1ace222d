package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * On Jersey, StatusKit reads the request being processed from Jersey's own processing context
 * rather than through context proxies: during a request it is the very request Jersey handles,
 * outside one there is none (and the mappers fall back on their proxies).
 */
class JerseyRequestsTest {

  private static final URI BASE = URI.create("http://localhost/");
  private static final AtomicReference<JerseyRequests> REQUESTS = new AtomicReference<>();

  /** Captures what the feature would find when it registers. */
  public static class Capture implements Feature {
    @Override
    public boolean configure(FeatureContext context) {
      REQUESTS.set(JerseyRequests.of(context));
      return true;
    }
  }

  @Path("/")
  public static class Resource {
    @Context
    private ContainerRequest request;

    @GET
    @Path("same")
    public String same() {
      return REQUESTS.get().get() == request ? "the request being processed" : "another object";
    }
  }

  @Test
  void duringARequestItIsTheRequestJerseyProcessesAndOutsideOneThereIsNone() throws Exception {
    ApplicationHandler handler = new ApplicationHandler(new ResourceConfig(Resource.class, Capture.class));
    JerseyRequests requests = REQUESTS.get();
    assertThat(requests).isNotNull();

    ContainerRequest request = new ContainerRequest(BASE, URI.create("http://localhost/same"), "GET", null,
        new MapPropertiesDelegate(), handler.getConfiguration());
    ContainerResponse response = handler.apply(request).get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getEntity()).isEqualTo("the request being processed");
    assertThat(requests.get()).isNull();
  }
}
