package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.jaxrs.client.ProblemClientFilter;
import dev.statuskit.jaxrs.client.ProblemRetry;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.client.Invocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The client-side demo: a client that has spent its search calls asks again through
 * {@link ProblemRetry}, which waits as long as the 429 says and then gets its answer. The waiting
 * is simulated: the sleeper moves the limiter's clock forward by the time it is asked to wait.
 */
class RetryDemoIT {

  @Test
  void theRetryHelperWaitsAsTheServerSaysThenSucceeds() throws Exception {
    String key = "demo-" + UUID.randomUUID();
    AtomicLong skipped = new AtomicLong();
    LongSupplier realTime = RateLimiter.nanoTime;
    RateLimiter.nanoTime = () -> System.nanoTime() + skipped.get();
    List<String> retryAfter = new ArrayList<>();
    List<Integer> statuses = new ArrayList<>();
    Client client = ClientBuilder.newClient().register(new ProblemClientFilter())
        .register((ClientResponseFilter) (request, response) -> {
          statuses.add(response.getStatus());
          retryAfter.addAll(response.getHeaders().getOrDefault("Retry-After", List.of()));
        }, jakarta.ws.rs.Priorities.USER + 1000); // response filters run from the highest priority: before the throw
    try {
      Invocation.Builder search = client.target(TestServer.uri()).path("books/search").queryParam("q", "dune")
          .request().header(RateLimitFilter.API_KEY, key);
      for (int i = 0; i < RateLimiter.CAPACITY; i++) {
        search.get(String.class);
      }
      List<Duration> waits = new ArrayList<>();
      ProblemRetry retry = ProblemRetry.builder().maxAttempts(3).maxTotalWait(Duration.ofMinutes(1)).jitter(0)
          .sleeper(d -> {
            waits.add(d);
            skipped.addAndGet(d.toNanos()); // the time passes, without the test waiting for it
          })
          .build();

      String books = retry.call("GET", () -> search.get(String.class));

      assertThat(books).contains("\"title\":\"Dune\"");
      assertThat(statuses.subList(RateLimiter.CAPACITY, statuses.size())).containsExactly(429, 200);
      assertThat(retryAfter).singleElement();
      assertThat(waits).containsExactly(Duration.ofSeconds(Long.parseLong(retryAfter.get(0))));
    } finally {
      RateLimiter.nanoTime = realTime;
      client.close();
    }
  }
}
