package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.test.ConformanceChecked;
import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.testsupport.HostileChecks;
import dev.statuskit.testsupport.Wire;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input and failure on the JAX-RS path (issue 9), written once and run on every runtime:
 * no header injection (raw socket: one status line, no injected field line), always a well-formed
 * body in every representation, no leak in any 5xx body, failing hooks and body writers still
 * answer with a valid problem, aborted responses are left alone, cause chains terminate, and
 * concurrent requests do not mix.
 */
@ConformanceChecked
public abstract class HostileJaxrsScenarios extends RuntimeScenarios {

  protected static final List<String> ACCEPTS = HostileChecks.ACCEPTS;
  /** What a 5xx body must never contain: class names, frames, SQL, paths, the secret. */
  protected static final List<String> MARKERS = HostileChecks.markers(ScenarioResource.SECRET);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The bounded load test runs on one runtime only. */
  protected boolean runsLoadTest() {
    return false;
  }

  /**
   * Whether the runtime hands an exception with a cyclic cause chain to the mappers at all. Not so
   * on RESTEasy with its validator provider (see {@code ResteasyHostileIT}).
   */
  protected boolean runtimeSurvivesCyclicCauses() {
    return true;
  }

  /**
   * Whether the runtime leaves a committed response alone when its entity fails half-way (REST 3.1:
   * an exception while writing is mapped only if the response is not committed). Not so on CXF
   * (see {@code CxfHostileIT}).
   */
  protected boolean runtimeLeavesCommittedResponsesAlone() {
    return true;
  }

  @Override
  protected Application application() {
    return new HostileApp(Map.of());
  }

  private List<LogRecord> errors() {
    return log().errors();
  }

  private List<LogRecord> warnings() {
    return log().warnings();
  }

  // ------------------------------------------------------------------ header injection

  /** Regression (inject-wae*): headers of a WebApplicationException's response were copied unchecked. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"inject-header", "inject-header-lf", "inject-header-nul", "inject-header-ctl",
      "inject-header-nonascii", "inject-header-name", "inject-allow", "inject-challenge", "inject-link",
      "inject-retry-after", "inject-wae", "inject-wae-nul", "inject-wae-nonascii"})
  void headerValuesWithControlOrNonAsciiCharactersAreRefusedWithASafeServerError(String what) throws Exception {
    Wire w = Wire.get(uri("h/" + what), "application/problem+json");
    HostileChecks.assertRefusedInjection(w, MARKERS);
    assertThat(errors()).as("logged once").hasSize(1);
  }

  // ------------------------------------------------------------------ traceparent

  /** The trace id of each hostile traceparent below: none of them may reach the response. */
  private static final String HOSTILE_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

  /**
   * A traceparent that is not exactly valid is ignored: no traceId member, and nothing of the value
   * in the status line, a header field or the body. The connector may refuse some values itself
   * (control characters, 10 KB) with a 400 or 431 of its own: they must not echo them either.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"too-long", "non-hex", "zero-trace", "zero-parent", "version-ff", "upper-case",
      "ten-kilobytes", "carriage-return", "nul", "short"})
  void hostileTraceparentValuesAreIgnoredAndNeverEchoed(String what) throws Exception {
    String valid = "00-" + HOSTILE_TRACE + "-00f067aa0ba902b7-01";
    String value = switch (what) {
      case "too-long" -> valid + "-00";
      case "non-hex" -> "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01";
      case "zero-trace" -> "00-00000000000000000000000000000000-00f067aa0ba902b7-01";
      case "zero-parent" -> "00-" + HOSTILE_TRACE + "-0000000000000000-01";
      case "version-ff" -> "ff-" + HOSTILE_TRACE + "-00f067aa0ba902b7-01";
      case "upper-case" -> "00-" + HOSTILE_TRACE.toUpperCase(Locale.ROOT) + "-00F067AA0BA902B7-01";
      case "ten-kilobytes" -> valid + "-" + "a".repeat(10_000);
      case "carriage-return" -> "00-" + HOSTILE_TRACE + "\r-00f067aa0ba902b7-01";
      case "nul" -> "00-" + HOSTILE_TRACE + "\u0000-00f067aa0ba902b7-01";
      case "short" -> "00-" + HOSTILE_TRACE + "-00f067aa0ba902b7-1";
      default -> throw new IllegalArgumentException(what);
    };
    Wire w = Wire.exchange("GET", uri("h/leak"), "Accept", "application/problem+json", "traceparent", value);
    w.assertSingleResponse();
    if (w.status != 500) {
      // The connector refused the request line before any application code (Tomcat's own error page
      // names the bad field line: that page is the connector's, replaced by the connector-level
      // handler, not by the filter or the mapper this suite runs).
      assertThat(w.status).as("refused by the connector: %s", w.raw).isIn(400, 431);
      assertThat(String.valueOf(w.header("Content-Type"))).as(w.raw).doesNotStartWith("application/problem");
      return;
    }
    String trace = what.equals("zero-trace") ? "00000000000000000000000000000000" : HOSTILE_TRACE;
    assertThat(w.raw.toLowerCase(Locale.ROOT)).as(w.raw).doesNotContain(trace).doesNotContain("aaaaaaaaaa");
    ProblemAssertions.assertThatResponse(w.status, w.fields(), w.bodyBytes()).isProblem(500)
        .hasExactlyMembers("type", "title", "status", "instance");
  }

  /** The control case of the test above: the same request with a valid traceparent gets its trace id. */
  @Test
  void aValidTraceparentGivesItsTraceIdToTheProblem() throws Exception {
    Wire w = Wire.exchange("GET", uri("h/leak"), "Accept", "application/problem+json",
        "traceparent", "00-" + HOSTILE_TRACE + "-00f067aa0ba902b7-01");
    w.assertSingleResponse();
    ProblemAssertions.assertThatResponse(w.status, w.fields(), w.bodyBytes()).isProblem(500)
        .hasExactlyMembers("type", "title", "status", "instance", "traceId").hasMember("traceId", HOSTILE_TRACE);
  }

  @Test
  void nonAsciiLocationIsPercentEncoded() throws Exception {
    Wire w = Wire.get(uri("h/inject-location"), "application/problem+json");
    w.assertSingleResponse();
    assertThat(w.status).isEqualTo(303);
    assertThat(w.header("Location")).endsWith("/caf%C3%A9?q=%C3%BC");
  }

  // ------------------------------------------------------------------ body safety

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"application/problem+json", "application/problem+xml", "text/html", "text/plain"})
  void hostileTextGivesAWellFormedDocumentInEveryRepresentation(String accept) throws Exception {
    HttpResponse<String> r = get("h/body-hostile", accept);
    HostileChecks.assertHostileText(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
        accept);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"application/problem+json", "application/problem+xml", "text/html", "text/plain"})
  void aMegabyteDetailIsCutToTheDefaultLimit(String accept) throws Exception {
    HttpResponse<String> r = get("h/body-huge", accept);
    HostileChecks.assertDetailCutToTheDefaultLimit(r.statusCode(), r.body(), accept);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"body-deep", "body-cyclic"})
  void tooDeepOrCyclicExtensionsAreLeftOutAndTheRestIsWritten(String what) throws Exception {
    for (String accept : ACCEPTS) {
      HttpResponse<String> r = get("h/" + what, accept);
      assertThat(r.statusCode()).isEqualTo(429);
      parse(r.body(), accept);
    }
    ProblemAssertions.assertThat(get("h/" + what, PROBLEM_JSON)).isProblem(429)
        .hasExactlyMembers("type", "title", "status", "detail", "fine");
    assertThat(warnings()).isNotEmpty();
    assertThat(errors()).isEmpty();
  }

  // ------------------------------------------------------------------ information leakage

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h/leak", "h/leak-checked", "h/filter-leak", "h/writer-leak", "h/async/leak",
      "h/customizer-leak", "h/cause-cycle", "h/deep-chain", "h/suppressed", "h/listener-throws", "a/stage"})
  void noServerErrorBodyLeaksInAnyRepresentation(String path) throws Exception {
    assumeTrue(!path.equals("h/cause-cycle") || runtimeSurvivesCyclicCauses(), "the runtime loops on cyclic causes");
    for (String accept : ACCEPTS) {
      log().clear();
      assertSafeAnswer(500, get(path, accept), accept);
      assertThat(errors()).as("one ERROR record for " + path).hasSize(1);
    }
  }

  @Test
  void anExtensionValueWriterThatThrowsIsLeftOutOfAServerErrorWithoutLeaking() throws Exception {
    for (String accept : ACCEPTS) {
      HttpResponse<String> r = get("h/value-writer-leak", accept);
      assertThat(r.statusCode()).isEqualTo(503);
      assertSafe(r.body(), accept);
    }
    ProblemAssertions.assertThat(get("h/value-writer-leak", PROBLEM_JSON)).isProblem(503)
        .hasExactlyMembers("type", "title", "status", "detail", "instance", "fine");
  }

  @Test
  void detailsAreExposedOnlyWhenSetAndTheConfiguredDetailLimitApplies() throws Exception {
    try (Harness.Running exposing = harness().start(new HostileApp(Map.of("statuskit.expose-details", "true",
        "statuskit.max-detail-length", "64")))) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(exposing.base().resolve("h/leak")).GET());
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("IllegalStateException")
          .hasSizeLessThanOrEqualTo(64);
      // Regression: the JAX-RS body writer used ProblemWriter.defaults(), so max-detail-length was ignored.
      HttpResponse<String> huge = send(HttpRequest.newBuilder(exposing.base().resolve("h/body-huge")).GET());
      assertThat(JSON.readTree(huge.body()).get("detail").asText()).hasSize(64).endsWith("\u2026");
    }
    assertSafe(get("h/leak", "application/problem+json").body(), "application/problem+json");
  }

  // ------------------------------------------------------------------ failure inside the handler

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"customizer-throws", "bad-extension", "cyclic-extension", "value-writer-throws"})
  void aFailingHookStillGivesAValidProblem(String what) throws Exception {
    for (String accept : ACCEPTS) {
      log().clear();
      assertSafeAnswer(429, get("h/" + what, accept), accept);
      assertThat(errors()).isEmpty();
      assertThat(warnings()).as("the hook's failure, once").hasSize(1);
    }
    ProblemAssertions.assertThat(get("h/" + what, PROBLEM_JSON)).isProblem(429)
        .hasExactlyMembers("type", "title", "status", "detail");
  }

  // ------------------------------------------------------------------ committed and aborted responses

  @Test
  void aStreamThatFailsHalfWayIsNotTurnedIntoASecondResponse() throws Exception {
    Wire w = HostileChecks.streamThatFailsHalfWay(uri("h/stream-fail"), "text/plain");
    for (String marker : MARKERS) {
      assertThat(w.body).doesNotContain(marker);
    }
    if (runtimeLeavesCommittedResponsesAlone()) {
      assertThat(w.body).doesNotContain("about:blank");
    }
    Thread.sleep(100);
    assertThat(errors()).as("StatusKit's records").hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void clientsThatDisconnectMidResponseLeakNoThreadAndAreLoggedAtMostOnce() throws Exception {
    HostileChecks.assertAbortedRequestsLeakNoThread(
        () -> HostileChecks.disconnectMidResponse(uri("h/slow")), log(),
        () -> log().statuskit());
  }

  @Test
  void asyncTimeOutsRacingWithCompletionGiveOneWholeAnswer() throws Exception {
    for (int i = 0; i < 20; i++) {
      log().clear();
      Wire w = Wire.get(uri("h/async/race"), "application/problem+json");
      w.assertSingleResponse();
      assertThat(w.status).as(w.raw).isIn(200, 503);
      if (w.status == 503) {
        assertSafe(w.body, "application/problem+json");
      } else {
        assertThat(w.body).isEqualTo("done");
      }
      assertThat(errors()).hasSizeLessThanOrEqualTo(1);
    }
  }

  // ------------------------------------------------------------------ cause chains

  @Test
  void aTypedExceptionDeepInACauseChainIsFound() throws Exception {
    ProblemAssertions.assertThat(get("h/typed-in-chain", PROBLEM_JSON)).isProblem(429).hasDetail("Slow down.");
  }

  // ------------------------------------------------------------------ concurrency

  @Test
  void concurrentErrorsOfEveryKindDoNotMixAndTheHeapStaysBounded() throws Exception {
    assumeTrue(runsLoadTest(), "the bounded load test runs on one runtime only");
    HostileChecks.assertHeapStaysBounded(() -> load(8, 40));
  }

  private void load(int threads, int perThread) throws Exception {
    HostileChecks.loadRound(threads, perThread, List.of("load-429", "load-404", "load-500", "async/load"),
        (kind, marker) -> checkLoad(kind, marker, get("h/" + kind + "?m=" + marker, "application/problem+json")));
  }

  private static void checkLoad(String kind, String marker, HttpResponse<String> r) throws Exception {
    String everything = r.headers().map() + r.body();
    HostileChecks.assertOnlyItsMarker(everything, marker);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode json = JSON.readTree(r.body());
    switch (kind) {
      case "load-500" -> {
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(everything).doesNotContain(marker);
        assertThat(json.get("instance").asText()).startsWith("urn:uuid:");
      }
      case "load-404" -> {
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("X-Marker")).hasValue(marker);
        assertThat(json.has("detail")).isFalse();
      }
      default -> {
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("X-Marker")).hasValue(marker);
        assertThat(json.get("detail").asText()).isEqualTo(marker);
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  /** The status, in the media type asked for, well-formed and free of every leak marker. */
  private static void assertSafeAnswer(int status, HttpResponse<String> r, String accept) throws Exception {
    HostileChecks.assertSafeAnswer(status, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
        r.body(), accept, MARKERS);
  }

  /** Well-formed in its representation and free of every leak marker. */
  protected static void assertSafe(String body, String accept) throws Exception {
    HostileChecks.assertSafe(body, accept, MARKERS);
  }

  protected static void parse(String body, String accept) throws Exception {
    HostileChecks.parse(body, accept);
  }
}
