package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpException;
import dev.statuskit.test.ConformanceChecked;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client side, against every runtime: the runtime's own Jakarta REST client with
 * ProblemClientFilter turns each problem back into the typed exception the server threw, with its
 * header fields, detail and trace id, and leaves successful responses alone.
 * The server side of the same responses is checked by {@link ExceptionMappingScenarios}.
 */
@ConformanceChecked
public abstract class ClientScenarios extends RuntimeScenarios {

  static Iterable<Integer> clientStatuses() {
    List<Integer> out = new ArrayList<>();
    for (int status : TypedExceptions.statuses()) {
      // 304 has no body and is the client's to handle; 426's Connection: upgrade leaves some
      // HTTP/1.1 clients waiting for the connection to close (see ExceptionMappingScenarios).
      if (status != 304 && status != 426) {
        out.add(status);
      }
    }
    return out;
  }

  /** The runtime's own Jakarta REST client, not following redirects, with the StatusKit filter. */
  private jakarta.ws.rs.client.Client problemClient() {
    return jakarta.ws.rs.client.ClientBuilder.newBuilder()
        .property("jersey.config.client.followRedirects", false)
        .connectTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
        .readTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
        .build()
        .register(new dev.statuskit.jaxrs.client.ProblemClientFilter());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clientStatuses")
  void clientCatchesTheTypedExceptionTheServerThrew(int status) {
    HttpException sent = TypedExceptions.create(status);
    try (jakarta.ws.rs.client.Client c = problemClient()) {
      Throwable caught = thrownByGet(c, "s/typed/" + status);

      assertThat(caught).as("status %d", status).isExactlyInstanceOf(sent.getClass());
      HttpException got = (HttpException) caught;
      assertThat(got.getStatus().code()).isEqualTo(status);
      for (String name : sent.getHeaders().names()) {
        // Some connectors (HttpURLConnection under Jersey's client) reverse repeated field lines.
        assertThat(got.getHeaders().all(name)).as(name).containsExactlyInAnyOrderElementsOf(sent.getHeaders().all(name));
      }
      dev.statuskit.Problem expected = sent.toProblem();
      dev.statuskit.Problem actual = got.toProblem();
      if (status >= 500) {
        assertThat(actual.instance()).hasValueSatisfying(u -> assertThat(u.toString()).startsWith("urn:uuid:"));
        actual = actual.toBuilder().instance((URI) null).build();
      }
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Test
  void clientRestoresRetryAfterAndDetailAndTheTrapIsOnlyAWrapper() {
    try (jakarta.ws.rs.client.Client c = problemClient()) {
      Throwable raw = org.assertj.core.api.Assertions.catchThrowable(
          () -> c.target(uri("s/typed/429")).request().get(String.class));
      // What every runtime does with a response filter's exception: wrap it (the documented trap).
      assertThat(raw).isInstanceOf(jakarta.ws.rs.ProcessingException.class)
          .hasCauseInstanceOf(dev.statuskit.TooManyRequestsException.class);
      dev.statuskit.TooManyRequestsException e = (dev.statuskit.TooManyRequestsException) dev.statuskit.jaxrs.client
          .ProblemClient.unwrap((jakarta.ws.rs.ProcessingException) raw);
      // TypedExceptions: retryAfter(Duration.ofSeconds(120)), sent as "Retry-After: 120".
      assertThat(e.getRetryAfter()).hasValue(dev.statuskit.header.RetryAfter.delay(Duration.ofSeconds(120)));
      assertThat(e.getRetryAfter().orElseThrow().delay()).hasValue(Duration.ofSeconds(120));
      assertThat(e.getHeaders().all("Retry-After")).containsExactly("120");
      assertThat(e.getHeaders().all("Cache-Control")).containsExactly("no-store");
      Throwable detailed = thrownByGet(c, "s/detail");
      // ScenarioResource.detail(): new ConflictException("Order 42 was already shipped.").
      assertThat(detailed).isExactlyInstanceOf(dev.statuskit.ConflictException.class);
      assertThat(((HttpException) detailed).getStatus().code()).isEqualTo(409);
      assertThat(((HttpException) detailed).getDetail()).isEqualTo("Order 42 was already shipped.");
    }
  }

  /** The trace id travels back: the request's traceparent, the problem's traceId, the client's typed exception. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {404, 429, 503})
  void clientGetsTheTraceIdOfTheRequestOnTheTypedException(int status) {
    try (jakarta.ws.rs.client.Client c = problemClient()) {
      Throwable caught = org.assertj.core.api.Assertions.catchThrowable(() -> dev.statuskit.jaxrs.client.ProblemClient
          .call(() -> c.target(uri("s/typed/" + status)).request()
              .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").get(String.class)));
      assertThat(caught).isInstanceOf(HttpException.class);
      assertThat(((HttpException) caught).getStatus().code()).isEqualTo(status);
      assertThat(((HttpException) caught).getTraceId()).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
      Throwable untraced = thrownByGet(c, "s/typed/" + status);
      assertThat(((HttpException) untraced).getTraceId()).isEmpty();
    }
  }

  @Test
  void clientMapsApplicationProblemTypesToTheApplicationsExceptions() {
    class StaleOrderException extends RuntimeException {
      private static final long serialVersionUID = 1L;
      final HttpException problem;

      StaleOrderException(HttpException problem) {
        super("stale", null, false, false);
        this.problem = problem;
      }
    }
    try (jakarta.ws.rs.client.Client c = jakarta.ws.rs.client.ClientBuilder.newClient()
        .register(new dev.statuskit.jaxrs.client.ProblemClientFilter()
            .map(URI.create("https://api.example.test/problems/stale-class"), StaleOrderException::new))) {
      Throwable caught = thrownByGet(c, "e/class");
      assertThat(caught).isInstanceOf(StaleOrderException.class);
      assertThat(((StaleOrderException) caught).problem.getStatus().code()).isEqualTo(422);
    }
  }

  @Test
  void clientLeavesSuccessfulResponsesAlone() {
    try (jakarta.ws.rs.client.Client c = problemClient()) {
      jakarta.ws.rs.core.Response r = dev.statuskit.jaxrs.client.ProblemClient
          .call(() -> c.target(uri("s/ok")).request().get());
      assertThat(r.getStatus()).isEqualTo(200);
      r.close();
    }
  }

  /** What ProblemClient.call throws for a GET of the path through the client. */
  private Throwable thrownByGet(jakarta.ws.rs.client.Client c, String path) {
    return org.assertj.core.api.Assertions.catchThrowable(() -> dev.statuskit.jaxrs.client.ProblemClient
        .call(() -> c.target(uri(path)).request().get(String.class)));
  }
}
