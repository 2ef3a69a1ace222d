package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statuskit.HttpException;
import dev.statuskit.ServiceUnavailableException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import dev.statuskit.jaxrs.client.ProblemClientFilter;
import dev.statuskit.jaxrs.client.ProblemRetry;
import dev.statuskit.test.ConformanceChecked;
import dev.statuskit.test.ProblemAssertions;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RateLimit fields on success and error responses, their typed view in the client, and the
 * retry helper, run on each runtime through {@link Harness}. The retry tests inject a sleeper that
 * records the waits it is asked for instead of waiting.
 */
// The 200s here are the application's own, on which Grizzly sends no Date; the 429s are checked for it elsewhere.
@ConformanceChecked(ignore = "date")
public abstract class RateLimitScenarios extends RuntimeScenarios {

  private static final String ACCEPT = "application/problem+json, text/plain";

  private Client client;

  @Override
  protected Application application() {
    return new PlainApp(Map.of(), RateLimitResource.class);
  }

  @BeforeAll
  void startClient() {
    client = ClientBuilder.newBuilder().connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build()
        .register(new ProblemClientFilter());
  }

  @AfterAll
  void stopClient() {
    client.close();
  }

  private static String counter() {
    return UUID.randomUUID().toString();
  }

  @Test
  void successAndRefusalCarryRateLimitFields() throws Exception {
    String c = counter();
    HttpResponse<String> first = get("rl/search/" + c, ACCEPT);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().allValues("RateLimit-Policy")).containsExactly("\"search\";q=2;w=60");
    assertThat(first.headers().allValues("RateLimit")).containsExactly("\"search\";r=1;t=60");
    assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(first.body()).isEqualTo("found");

    assertThat(get("rl/search/" + c, ACCEPT).headers().allValues("RateLimit")).containsExactly("\"search\";r=0;t=60");

    HttpResponse<String> refused = get("rl/search/" + c, ACCEPT);
    ProblemAssertions.assertThat(refused).isProblem(429).hasHeader("Content-Type", "application/problem+json")
        .hasHeader("Retry-After", "60").hasHeader("RateLimit-Policy", "\"search\";q=2;w=60")
        .hasHeader("RateLimit", "\"search\";r=0;t=60")
        .hasExactlyMembers("status", "title", "type", "violated-policies")
        .hasType("https://iana.org/assignments/http-problem-types#quota-exceeded")
        .hasTitle("Request cannot be satisfied as assigned quota has been exceeded")
        .hasMember("status", 429).hasMember("violated-policies", List.of("search")).isConformant();
  }

  @Test
  void theClientsTypedExceptionExposesPoliciesAndLimits() {
    String c = counter();
    for (int i = 0; i < 2; i++) {
      client.target(uri("rl/search/" + c)).request().get(String.class);
    }
    Throwable caught = catchThrowable(() -> dev.statuskit.jaxrs.client.ProblemClient
        .call(() -> client.target(uri("rl/search/" + c)).request().get(String.class)));
    assertThat(caught).isExactlyInstanceOf(TooManyRequestsException.class);
    TooManyRequestsException e = (TooManyRequestsException) caught;
    assertThat(e.getRateLimitPolicies()).containsExactly(RateLimitPolicy.of("search", 2).window(Duration.ofSeconds(60)));
    assertThat(e.getRateLimits()).containsExactly(RateLimit.of("search", 0).reset(Duration.ofSeconds(60)));
    assertThat(e.getRetryAfter().flatMap(r -> r.delay())).hasValue(Duration.ofSeconds(60));
    assertThat(e.toProblem().type()).isEqualTo(TooManyRequestsException.QUOTA_EXCEEDED);
    assertThat(e.toProblem().extensions()).containsExactly(Map.entry("violated-policies", List.of("search")));
  }

  /** A retry helper whose sleeper records the waits it is asked for and returns at once. */
  private static ProblemRetry recording(List<Duration> waits, int attempts, Duration cap) {
    return ProblemRetry.builder().maxAttempts(attempts).maxTotalWait(cap).jitter(0).sleeper(waits::add).build();
  }

  /**
   * A GET of the flaky endpoint, counting on {@code c}: it fails {@code fail} times, each answer asking
   * to wait {@code wait} seconds, then answers "ok after" the number of calls.
   *
   * @param more further query parameters, name then value
   */
  private Supplier<String> flaky(String c, int fail, int wait, Object... more) {
    return () -> {
      WebTarget target = client.target(uri("rl/flaky/" + c)).queryParam("fail", fail).queryParam("wait", wait);
      for (int i = 0; i < more.length; i += 2) {
        target = target.queryParam((String) more[i], more[i + 1]);
      }
      return target.request().get(String.class);
    };
  }

  @Test
  void retriesAGetAfterRetryAfterUntilItSucceeds() throws Exception {
    String c = counter();
    List<Duration> waits = new ArrayList<>();
    String got = recording(waits, 3, Duration.ofSeconds(60)).call("GET", flaky(c, 2, 7));
    assertThat(got).isEqualTo("ok after 3");
    assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    assertThat(RateLimitResource.calls(c)).isEqualTo(3);
  }

  @Test
  void withoutRetryAfterTheResetOfTheUsedUpPolicyIsTheWait() throws Exception {
    String c = counter();
    List<Duration> waits = new ArrayList<>();
    String got = recording(waits, 2, Duration.ofSeconds(60)).call("GET", flaky(c, 1, 4, "by", "t", "status", 503));
    assertThat(got).isEqualTo("ok after 2");
    assertThat(waits).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void attemptsAreBounded() {
    String c = counter();
    List<Duration> waits = new ArrayList<>();
    Throwable caught = catchThrowable(() -> recording(waits, 3, Duration.ofSeconds(60))
        .call("GET", flaky(c, 10, 1, "status", 503)));
    assertThat(caught).isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(((HttpException) caught).getRetryAfter()).isPresent();
    assertThat(waits).hasSize(2);
    assertThat(RateLimitResource.calls(c)).isEqualTo(3);
  }

  @Test
  void aWaitBeyondTheTotalCapIsNotBegun() {
    String c = counter();
    List<Duration> waits = new ArrayList<>();
    Throwable caught = catchThrowable(() -> recording(waits, 5, Duration.ofSeconds(30))
        .call("GET", flaky(c, 10, 20)));
    assertThat(caught).isExactlyInstanceOf(TooManyRequestsException.class);
    assertThat(waits).containsExactly(Duration.ofSeconds(20)); // a second 20 s would pass the 30 s cap
    assertThat(RateLimitResource.calls(c)).isEqualTo(2);
  }

  @Test
  void aPostIsNeverRetriedUnlessTheCallerMarksItRepeatable() throws Exception {
    String c = counter();
    List<Duration> waits = new ArrayList<>();
    ProblemRetry retry = recording(waits, 5, Duration.ofSeconds(60));
    Throwable caught = catchThrowable(() -> retry.call("POST",
        () -> client.target(uri("rl/orders/" + c)).request().post(Entity.text("book"), String.class)));
    assertThat(caught).isExactlyInstanceOf(TooManyRequestsException.class);
    assertThat(waits).isEmpty();
    assertThat(RateLimitResource.calls(c)).isEqualTo(1);

    String r = counter();
    assertThat(retry.callRepeatable(() -> client.target(uri("rl/repeatable/" + r)).request()
        .post(Entity.text("book"), String.class))).isEqualTo("created");
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    assertThat(RateLimitResource.calls(r)).isEqualTo(2);
  }

  @Test
  void interruptingTheWaitCancelsTheRetries() throws Exception {
    String c = counter();
    CountDownLatch waiting = new CountDownLatch(1);
    ProblemRetry retry = ProblemRetry.builder().maxAttempts(3).jitter(0).sleeper(d -> {
      waiting.countDown();
      Thread.sleep(d.toMillis()); // a real wait of 60 s, which the cancellation ends
    }).build();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<String> call = executor.submit(() -> retry.call("GET", flaky(c, 10, 60)));
      assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();
      call.cancel(true);
      assertThat(catchThrowable(call::get)).isInstanceOf(CancellationException.class);
    } finally {
      executor.shutdown();
      assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(RateLimitResource.calls(c)).isEqualTo(1);
  }
}
