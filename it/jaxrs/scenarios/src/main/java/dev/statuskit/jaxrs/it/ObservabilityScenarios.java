package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.test.ConformanceChecked;
import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.testsupport.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * StatusKit's OpenTelemetry and Micrometer listeners end to end on a runtime, with the real SDK:
 * the listeners come in through ServiceLoader, the server span from a stand-in for the agent's
 * instrumentation ({@link ServerSpanFilter}), and each test asserts the response, the span and both
 * counters exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ConformanceChecked
public abstract class ObservabilityScenarios {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
  private static final AttributeKey<String> PROBLEM_TYPE = AttributeKey.stringKey("statuskit.problem.type");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final HttpClient client = HttpClient.newHttpClient();
  private Harness.Running app;

  /** The runtime under test. */
  protected abstract Harness harness();

  @BeforeAll
  void start() throws Exception {
    Telemetry.install();
    app = harness().start(new ScenarioApp() {
      @Override
      public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>(super.getClasses());
        classes.add(ServerSpanFilter.class);
        return classes;
      }
    });
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void forget() {
    Telemetry.reset();
  }

  @Test
  void aServerErrorFailsTheSpanWithTheExceptionAndIsCountedOnce() throws Exception {
    double before = Telemetry.micrometerCount(500, "about:blank", IllegalStateException.class.getName());
    HttpResponse<String> r = get("s/boom", TRACEPARENT);

    ProblemAssertions.assertThat(r).isProblem(500).hasHeader("Content-Type", "application/problem+json")
        .hasExactlyMembers("type", "title", "status", "instance", "traceId").hasMember("traceId", TRACE_ID);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("instance").asText()).startsWith("urn:uuid:");

    SpanData span = Telemetry.serverSpan(TRACE_ID);
    assertThat(span.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().asMap()).containsOnly(
        Map.entry(PROBLEM_TYPE, "about:blank"),
        Map.entry(ERROR_TYPE, IllegalStateException.class.getName()));
    assertThat(span.getEvents()).singleElement().satisfies(e -> {
      assertThat(e.getName()).isEqualTo("exception");
      assertThat(e.getAttributes().get(AttributeKey.stringKey("exception.type"))).isEqualTo(IllegalStateException.class.getName());
    });

    assertThat(Telemetry.problemCounts()).containsOnly(
        Map.entry(Telemetry.series(500, "about:blank", IllegalStateException.class.getName()), 1L));
    assertThat(Telemetry.micrometerCount(500, "about:blank", IllegalStateException.class.getName()) - before).isEqualTo(1.0);
  }

  @Test
  void aClientErrorTagsTheSpanWithItsTypeAndLeavesItsStatusUnset() throws Exception {
    String type = "https://example.test/problems/out-of-stock";
    double before = Telemetry.micrometerCount(409, type, OutOfStockException.class.getName());
    HttpResponse<String> r = get("s/annotated", TRACEPARENT);

    ProblemAssertions.assertThat(r).isProblem(409).hasHeader("Content-Type", "application/problem+json")
        .hasExactlyMembers("type", "title", "status", "detail", "sku", "traceId").hasType(type)
        .hasMember("sku", "sku-7").hasMember("traceId", TRACE_ID);

    SpanData span = Telemetry.serverSpan(TRACE_ID);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().asMap()).containsOnly(Map.entry(PROBLEM_TYPE, type));
    assertThat(span.getEvents()).extracting(EventData::getName).isEmpty();

    assertThat(Telemetry.problemCounts()).containsOnly(
        Map.entry(Telemetry.series(409, type, OutOfStockException.class.getName()), 1L));
    assertThat(Telemetry.micrometerCount(409, type, OutOfStockException.class.getName()) - before).isEqualTo(1.0);
  }

  /** Without traceparent the instrumentation starts a trace, and the problem carries that trace's id. */
  @Test
  void withoutTraceparentTheProblemCarriesTheTraceTheServerStarted() throws Exception {
    HttpResponse<String> r = get("s/typed/404", null);

    ProblemAssertions.assertThat(r).isProblem(404).hasHeader("Content-Type", "application/problem+json")
        .hasExactlyMembers("type", "title", "status", "traceId");
    JsonNode body = JSON.readTree(r.body());
    String traceId = body.get("traceId").asText();
    assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo(TRACE_ID);
    SpanData span = Telemetry.serverSpan(traceId);
    assertThat(span.getParentSpanContext().isValid()).isFalse();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().asMap()).containsOnly(Map.entry(PROBLEM_TYPE, "about:blank"));
    assertThat(Telemetry.problemCounts()).containsOnly(
        Map.entry(Telemetry.series(404, "about:blank", dev.statuskit.NotFoundException.class.getName()), 1L));
  }

  /** The runtime's own 404 is a problem like any other: on the span and in the counter. */
  @Test
  void theRuntimesOwnNotFoundIsObservedToo() throws Exception {
    HttpResponse<String> r = get("no/such/path", TRACEPARENT);

    ProblemAssertions.assertThat(r).isProblem(404).hasHeader("Content-Type", "application/problem+json")
        .hasExactlyMembers("type", "title", "status", "traceId");
    assertThat(Telemetry.serverSpan(TRACE_ID).getAttributes().asMap()).containsOnly(Map.entry(PROBLEM_TYPE, "about:blank"));
    Map<Attributes, Long> counts = Telemetry.problemCounts();
    assertThat(counts).hasSize(1).containsValue(1L);
    Attributes series = counts.keySet().iterator().next();
    assertThat(series.get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(404L);
    assertThat(series.get(PROBLEM_TYPE)).isEqualTo("about:blank");
  }

  /**
   * Cardinality: 500 requests, each on its own path, with 500 distinct traces, are one series of the
   * counter; the path and the trace id are on the span, never on the metric.
   */
  @Test
  void distinctPathsAndTracesAreOneCounterSeries() throws Exception {
    Set<String> traceIds = new HashSet<>();
    for (int i = 1; i <= 500; i++) {
      String traceId = String.format("%032x", i);
      HttpResponse<String> r = get("s/items/-" + i, "00-" + traceId + "-00f067aa0ba902b7-01");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      traceIds.add(JSON.readTree(r.body()).get("traceId").asText());
    }
    assertThat(traceIds).hasSize(500);
    Map<Attributes, Long> counts = Telemetry.problemCounts();
    assertThat(counts).hasSize(1).containsValue(500L);
    assertThat(counts.keySet().iterator().next().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(400L);
  }

  private HttpResponse<String> get(String path, String traceparent) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(app.base().resolve(path)).header("Accept", "*/*");
    if (traceparent != null) {
      b.header("traceparent", traceparent);
    }
    return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
