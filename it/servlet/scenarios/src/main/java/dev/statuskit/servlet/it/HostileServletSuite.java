package dev.statuskit.servlet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.testsupport.HostileChecks;
import dev.statuskit.testsupport.Wire;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input and failure on the servlet path (issue 9), run on every container: no header
 * injection, always a well-formed body, no leak in any 5xx body, failing hooks still answer, aborted
 * responses are left alone, cause chains terminate, and concurrent requests do not mix. Raw sockets
 * where a client library would hide a split response.
 */
public abstract class HostileServletSuite extends ContainerSuite {

  static final List<String> ACCEPTS = HostileChecks.ACCEPTS;
  /** What a 5xx body must never contain: class names, frames, SQL, paths, the secret. */
  static final List<String> MARKERS = HostileChecks.markers(Scenarios.SECRET);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The bounded load test runs on one container only (Tomcat 11). */
  protected boolean runsLoadTest() {
    return false;
  }

  // ------------------------------------------------------------------ header injection

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"inject-header", "inject-header-lf", "inject-header-nul", "inject-header-ctl",
      "inject-header-nonascii", "inject-header-name", "inject-allow", "inject-challenge", "inject-link",
      "inject-retry-after"})
  void headerValuesWithControlOrNonAsciiCharactersAreRefusedWithASafeServerError(String what) throws Exception {
    Wire w = Wire.get(uri("/hostile/" + what), "application/problem+json");
    HostileChecks.assertRefusedInjection(w, MARKERS);
    assertThat(log.errors()).as("logged once").hasSize(1);
  }

  @Test
  void nonAsciiLocationIsPercentEncoded() throws Exception {
    Wire w = Wire.get(uri("/hostile/inject-location"), "application/problem+json");
    w.assertSingleResponse();
    assertThat(w.status).isEqualTo(303);
    assertThat(w.header("Location")).isEqualTo("/caf%C3%A9?q=%C3%BC");
  }

  @Test
  void sendErrorMessageWithLineBreaksBecomesOneCleanDetail() throws Exception {
    Wire w = Wire.get(uri("/hostile/inject-send-error"), "application/problem+json");
    w.assertSingleResponse();
    assertThat(w.status).isEqualTo(400);
    assertThat(JSON.readTree(w.body).get("detail").asText()).isEqualTo("bad Injected: yes HTTP/1.1 200 OK X: y");
  }

  // ------------------------------------------------------------------ body safety

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"application/problem+json", "application/problem+xml", "text/html", "text/plain"})
  void hostileTextGivesAWellFormedDocumentInEveryRepresentation(String accept) throws Exception {
    Http.Reply r = Http.get(uri("/hostile/body-hostile"), "Accept", accept);
    HostileChecks.assertHostileText(r.status(), r.contentType(), r.body(), accept);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"application/problem+json", "application/problem+xml", "text/html", "text/plain"})
  void aMegabyteDetailIsCutToTheDefaultLimit(String accept) throws Exception {
    Http.Reply r = Http.get(uri("/hostile/body-huge"), "Accept", accept);
    HostileChecks.assertDetailCutToTheDefaultLimit(r.status(), r.body(), accept);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"body-deep", "body-cyclic"})
  void tooDeepOrCyclicExtensionsAreLeftOutAndTheRestIsWritten(String what) throws Exception {
    for (String accept : ACCEPTS) {
      Http.Reply r = Http.get(uri("/hostile/" + what), "Accept", accept);
      assertThat(r.status()).isEqualTo(429);
      parse(r.body(), accept);
    }
    Http.Reply r = Http.get(uri("/hostile/" + what));
    r.problem().hasExactlyMembers("type", "title", "status", "detail", "fine");
    assertThat(log.ours()).filteredOn(l -> l.getLevel() == Level.WARNING).isNotEmpty();
    assertThat(log.errors()).isEmpty();
  }

  // ------------------------------------------------------------------ information leakage

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/hostile/leak", "/hostile/leak-wrapped", "/hostile/filter/leak", "/hostile/async-leak",
      "/hostile/customizer-leak", "/hostile/send-error-leak", "/gate/unknown", "/async/start-throws",
      "/hostile/cause-cycle", "/hostile/deep-chain", "/hostile/suppressed", "/hostile/listener-throws"})
  void noServerErrorBodyLeaksInAnyRepresentation(String path) throws Exception {
    for (String accept : ACCEPTS) {
      log.clear();
      Http.Reply r = Http.get(uri(path), "Accept", accept);
      HostileChecks.assertSafeAnswer(500, r.status(), r.contentType(), r.body(), accept, MARKERS);
      assertThat(log.errors()).as("one ERROR record for " + path).hasSize(1);
    }
  }

  @Test
  void anExtensionValueWriterThatThrowsIsLeftOutOfAServerErrorWithoutLeaking() throws Exception {
    for (String accept : ACCEPTS) {
      Http.Reply r = Http.get(uri("/hostile/value-writer-leak"), "Accept", accept);
      assertThat(r.status()).isEqualTo(503);
      assertSafe(r.body(), accept);
    }
    Http.get(uri("/hostile/value-writer-leak")).problem()
        .hasExactlyMembers("type", "title", "status", "detail", "instance", "fine");
  }

  @Test
  void detailsAreExposedOnlyWhenSetAndTheConfiguredDetailLimitApplies() throws Exception {
    ServletContainerHarness exposing = newHarness();
    try {
      URI b = exposing.start(Map.of("statuskit.expose-details", "true", "statuskit.max-detail-length", "72"));
      Http.Reply r = Http.get(b.resolve("/hostile/leak"));
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json().get("detail").asText()).contains("IllegalStateException").contains(Scenarios.SECRET)
          .hasSizeLessThanOrEqualTo(72);
      // Regression: the servlet responder wrote with ProblemWriter.defaults(), ignoring max-detail-length.
      Http.Reply huge = Http.get(b.resolve("/hostile/body-huge"));
      assertThat(huge.json().get("detail").asText()).hasSize(72).endsWith("\u2026");
      Http.Reply sent = Http.get(b.resolve("/send-error/long"));
      assertThat(sent.json().get("detail").asText()).hasSizeLessThanOrEqualTo(72);
    } finally {
      exposing.stop();
    }
    // Off by default: the same request on the default deployment.
    assertSafe(Http.get(uri("/hostile/leak")).body(), "application/problem+json");
  }

  // ------------------------------------------------------------------ failure inside the handler

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"customizer-throws", "bad-extension", "cyclic-extension", "value-writer-throws"})
  void aFailingHookStillGivesAValidProblem(String what) throws Exception {
    for (String accept : ACCEPTS) {
      log.clear();
      Http.Reply r = Http.get(uri("/hostile/" + what), "Accept", accept);
      HostileChecks.assertSafeAnswer(429, r.status(), r.contentType(), r.body(), accept, MARKERS);
      assertThat(log.errors()).isEmpty();
      assertThat(log.ours()).as("the hook's failure, once").filteredOn(l -> l.getLevel() == Level.WARNING).hasSize(1);
    }
    Http.get(uri("/hostile/" + what)).problem().hasExactlyMembers("type", "title", "status", "detail");
  }

  // ------------------------------------------------------------------ committed and aborted responses

  @Test
  void aStreamThatFailsHalfWayIsLeftAloneAndLoggedOnce() throws Exception {
    Wire w = HostileChecks.streamThatFailsHalfWay(uri("/hostile/stream-fail"), "application/problem+json");
    assertThat(w.body).doesNotContain("about:blank", Scenarios.SECRET);
    assertThat(log.errors()).hasSize(1);
  }

  @Test
  void clientsThatDisconnectMidResponseLeakNoThreadAndAreLoggedAtMostOnce() throws Exception {
    HostileChecks.assertAbortedRequestsLeakNoThread(
        () -> HostileChecks.disconnectMidResponse(uri("/hostile/slow")), log, log::ours);
  }

  /**
   * The application completes at the moment the time-out fires: its 200, StatusKit's 503, or, on
   * Jetty when the completion wins half-way through the time-out, Jetty's own "AsyncContext
   * timeout" 500 rendered by StatusKit's error page. Always one whole answer, never a leak.
   */
  @Test
  void asyncTimeOutsRacingWithCompletionGiveOneWholeAnswer() throws Exception {
    for (int i = 0; i < 20; i++) {
      log.clear();
      Wire w = Wire.get(uri("/hostile/async-race"), "application/problem+json");
      w.assertSingleResponse();
      assertThat(w.status).isIn(200, 500, 503);
      if (w.status >= 500) {
        assertThat(w.body).as("a %d must be a whole problem; the exchange was:%n%s", w.status, w.raw).startsWith("{");
        assertSafe(w.body, "application/problem+json");
      } else {
        assertThat(w.body).isEqualTo("done");
      }
      assertThat(log.errors()).hasSizeLessThanOrEqualTo(1);
    }
  }

  // ------------------------------------------------------------------ cause chains

  @Test
  void aTypedExceptionDeepInACauseChainIsFound() throws Exception {
    Http.Reply r = Http.get(uri("/hostile/typed-in-chain"));
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.json().get("detail").asText()).isEqualTo("Slow down.");
  }

  // ------------------------------------------------------------------ concurrency

  @Test
  void concurrentErrorsOfEveryKindDoNotMixAndTheHeapStaysBounded() throws Exception {
    assumeTrue(runsLoadTest(), "the bounded load test runs on one container only (Tomcat 11)");
    HostileChecks.assertHeapStaysBounded(() -> load(8, 40));
  }

  private void load(int threads, int perThread) throws Exception {
    HostileChecks.loadRound(threads, perThread, List.of("load-429", "load-404", "load-500", "load-async"),
        (kind, marker) -> checkLoad(kind, marker, Http.get(uri("/hostile/" + kind + "?m=" + marker))));
  }

  private static void checkLoad(String kind, String marker, Http.Reply r) throws Exception {
    String everything = r.headers() + r.body();
    HostileChecks.assertOnlyItsMarker(everything, marker);
    assertThat(r.contentType()).isEqualTo("application/problem+json");
    JsonNode json = r.json();
    switch (kind) {
      case "load-500" -> {
        assertThat(r.status()).isEqualTo(500);
        assertThat(everything).doesNotContain(marker);
        assertThat(json.get("instance").asText()).startsWith("urn:uuid:");
      }
      case "load-404" -> {
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("X-Marker")).hasValue(marker);
        assertThat(json.get("detail").asText()).isEqualTo(marker);
      }
      default -> {
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.header("X-Marker")).hasValue(marker);
        assertThat(json.get("detail").asText()).isEqualTo(marker);
      }
    }
  }

  // ------------------------------------------------------------------ checks

  /** Well-formed in its representation and free of every leak marker. */
  static void assertSafe(String body, String accept) throws Exception {
    HostileChecks.assertSafe(body, accept, MARKERS);
  }

  static void parse(String body, String accept) throws Exception {
    HostileChecks.parse(body, accept);
  }
}
