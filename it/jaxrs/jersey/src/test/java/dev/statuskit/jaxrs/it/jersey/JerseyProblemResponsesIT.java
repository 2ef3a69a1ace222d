package dev.statuskit.jaxrs.it.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.jaxrs.ProblemResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Providers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * {@link ProblemResponses#of} remembers what it found for Jersey's injected {@code Providers}: two
 * applications in one JVM, with the same filter class and different StatusKit settings, each keep
 * getting their own registration's answer however their requests interleave.
 */
class JerseyProblemResponsesIT {

  private static final String DETAIL = "You sent 120 requests in the last minute.";

  @Path("/")
  public static class Resource {
    @GET
    @Path("limited")
    public String limited() {
      return "not reached";
    }
  }

  /** Rejects every request through {@link ProblemResponses}, looked up per request as documented. */
  public static class Reject implements ContainerRequestFilter {
    @Context
    private Providers providers;

    @Override
    public void filter(ContainerRequestContext request) {
      ProblemResponses.of(providers).abort(request,
          new TooManyRequestsException(DETAIL).retryAfter(Duration.ofSeconds(60)));
    }
  }

  private static HttpServer start(Map<String, Object> properties) {
    ResourceConfig config = new ResourceConfig(Resource.class, Reject.class);
    config.addProperties(properties);
    return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
  }

  private static HttpResponse<String> get(HttpClient client, HttpServer server) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/limited");
    return client.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> r, String detail) {
    String body = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"" + detail + "\"}";
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().allValues("Retry-After")).containsExactly("60");
    assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
    assertThat(r.headers().allValues("Content-Type")).containsExactly("application/problem+json");
    assertThat(r.headers().allValues("Content-Length"))
        .containsExactly(Integer.toString(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    assertThat(r.headers().firstValue("Date")).isPresent();
    assertThat(r.body()).isEqualTo(body);
  }

  @Test
  void eachApplicationKeepsItsOwnRegistrationWhileTheirRequestsInterleave() throws Exception {
    HttpServer full = start(Map.of());
    HttpServer cut = start(Map.of("statuskit.max-detail-length", "16"));
    try {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int i = 0; i < 3; i++) {
        assertProblem(get(client, full), DETAIL);
        assertProblem(get(client, cut), "You sent 120 re\u2026");
      }
    } finally {
      full.shutdownNow();
      cut.shutdownNow();
    }
  }
}
