package dev.statuskit.jaxrs.it.resteasy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.header.RateLimit;
import dev.statuskit.jaxrs.client.ProblemRetry;
import dev.statuskit.jaxrs.it.PlainApp;
import dev.statuskit.jaxrs.it.RateLimitResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ProblemRetry with a MicroProfile Rest Client (RESTEasy's), whose methods throw the typed exceptions. */
class MicroProfileRetryIT extends RestClientSuite<MicroProfileRetryIT.Limited> {

  MicroProfileRetryIT() {
    super(Limited.class);
  }

  @Override
  Application application() {
    return new PlainApp(Map.of(), RateLimitResource.class);
  }

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
