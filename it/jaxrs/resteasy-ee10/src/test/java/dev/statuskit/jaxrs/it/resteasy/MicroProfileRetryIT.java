package dev.statuskit.jaxrs.it.resteasy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.header.RateLimit;
import dev.statuskit.jaxrs.client.ProblemResponseExceptionMapper;
import dev.statuskit.jaxrs.client.ProblemRetry;
import dev.statuskit.jaxrs.it.Harness;
import dev.statuskit.jaxrs.it.PlainApp;
import dev.statuskit.jaxrs.it.RateLimitResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** ProblemRetry with a MicroProfile Rest Client (RESTEasy's), whose methods throw the typed exceptions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicroProfileRetryIT {

  @Path("rl")
  @Produces(MediaType.TEXT_PLAIN)
  public interface Limited {
    @GET
    @Path("flaky/{counter}")
    String flaky(@PathParam("counter") String counter, @QueryParam("fail") int fail, @QueryParam("wait") int wait);

    @GET
    @Path("search/{counter}")
    String search(@PathParam("counter") String counter);
  }

  private Harness.Running app;
  private Limited api;

  @BeforeAll
  void start() throws Exception {
    app = new UndertowHarness().start(new PlainApp(Map.of(), RateLimitResource.class));
    api = RestClientBuilder.newBuilder().baseUri(app.base()).register(ProblemResponseExceptionMapper.class)
        .build(Limited.class);
  }

  @AfterAll
  void stop() throws Exception {
    app.close();
  }

  @Test
  void retriesAsTheServerSays() throws Exception {
    String c = UUID.randomUUID().toString();
    List<Duration> waits = new ArrayList<>();
    ProblemRetry retry = ProblemRetry.builder().maxAttempts(3).jitter(0).sleeper(waits::add).build();
    assertThat(retry.call("GET", () -> api.flaky(c, 2, 5))).isEqualTo("ok after 3");
    assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    assertThat(RateLimitResource.calls(c)).isEqualTo(3);
  }

  @Test
  void theTypedExceptionExposesTheLimits() {
    String c = UUID.randomUUID().toString();
    api.search(c);
    api.search(c);
    Throwable e = catchThrowable(() -> api.search(c));
    assertThat(e).isExactlyInstanceOf(TooManyRequestsException.class);
    assertThat(((TooManyRequestsException) e).getRateLimits())
        .containsExactly(RateLimit.of("search", 0).reset(Duration.ofSeconds(60)));
    assertThat(((TooManyRequestsException) e).getRateLimitPolicies()).extracting(p -> p.name()).containsExactly("search");
  }
}
