package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.HttpException;
import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.conformance.Severity;
import dev.statuskit.conformance.Violation;
import dev.statuskit.representation.ProblemReader;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.test.ConformanceChecked;
import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.testsupport.LogCapture;
import dev.statuskit.testsupport.RecordingListener;
import dev.statuskit.testsupport.Wire;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.LogRecord;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JAX-RS scenario suite, written once: each runtime module extends it with its {@link Harness}.
 * Every problem response is checked for the whole wire contract: status, the header fields the
 * status requires, Content-Type, Vary, the response filter's header, and the exact member set of
 * the JSON body, with the public test kit; every response the suite's client receives is checked
 * against RFC 9110 and RFC 9457 ({@link ConformanceChecked}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ConformanceChecked
public abstract class JaxrsScenarios {

  protected static final String PROBLEM_JSON = "application/problem+json";
  protected static final String PROBLEM_XML = "application/problem+xml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
  private Harness.Running app;
  private LogCapture log;

  /** The runtime under test. */
  protected abstract Harness harness();

  /**
   * Whether StatusKitFeature is configured per application, so it sees the application's
   * properties and its own explicit registration. Not so for CXF's Bus-wide registration.
   */
  protected boolean featureSeesApplicationConfiguration() {
    return true;
  }

  @BeforeAll
  void startApplication() throws Exception {
    log = LogCapture.start();
    app = harness().start(new ScenarioApp());
  }

  @AfterAll
  void stopApplication() throws Exception {
    if (app != null) {
      app.close();
    }
    if (log != null) {
      log.close();
    }
  }

  @BeforeEach
  void clearLog() {
    log.clear();
  }

  // ---------------------------------------------------------------- StatusKit exceptions

  static Iterable<Integer> typedStatuses() {
    return TypedExceptions.statuses();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typedStatuses")
  void everyTypedExceptionAnswersWithItsStatusHeadersAndProblem(int status) throws Exception {
    HttpException expected = TypedExceptions.create(status);
    if (status == 426) {
      upgradeRequiredCarriesUpgradeAndConnection(expected);
      return;
    }
    HttpResponse<String> r = get("s/typed/" + status);

    assertThat(r.statusCode()).isEqualTo(status);
    for (String name : expected.getHeaders().names()) {
      if (name.equalsIgnoreCase("Connection")) {
        continue; // hop-by-hop: the server may consume it (RFC 9110 §7.6.1)
      }
      // One field line per value, or one comma-joined line (CXF): the same list (RFC 9110 §5.3).
      assertThat(joined(r.headers().allValues(name))).as(name).isEqualTo(joined(expected.getHeaders().all(name)));
    }
    for (String required : HttpStatus.valueOf(status).requiredHeaders()) {
      assertThat(r.headers().firstValue(required)).as(required).isPresent();
    }
    assertThat(r.headers().firstValue(MarkerResponseFilter.HEADER)).hasValue("ran");
    if (status == 304) {
      assertThat(r.body()).isEmpty(); // no content allowed (RFC 9110 §15.4.5)
      return;
    }
    Set<String> members = new LinkedHashSet<>(List.of("type", "title", "status"));
    if (status >= 500) {
      members.add("instance");
    }
    JsonNode body = assertProblem(r, status, members);
    assertThat(body.get("type").asText()).isEqualTo("about:blank");
    assertThat(body.get("title").asText()).isEqualTo(HttpStatus.valueOf(status).reasonPhrase());
    if (status >= 500) {
      assertThat(body.get("instance").asText()).startsWith("urn:uuid:");
    }
  }

  /**
   * 426 is read from a raw socket: with {@code Connection: upgrade} (RFC 9110 §7.8) some servers
   * stop framing the body and a keep-alive client waits for the connection to close.
   */
  private void upgradeRequiredCarriesUpgradeAndConnection(HttpException expected) throws Exception {
    Wire w = Wire.get(uri("s/typed/426"), PROBLEM_JSON);
    w.assertSingleResponse();
    assertThat(w.status).as(w.raw).isEqualTo(426);
    assertThat(w.header("Upgrade")).isEqualTo(expected.getHeaders().first("Upgrade").orElseThrow());
    // Connection is hop-by-hop and the server's: asked to close, Grizzly answers "Connection: close".
    assertThat(w.header("Content-Type")).as(w.raw).startsWith(PROBLEM_JSON);
    assertThat(w.headerLines).as(w.raw).anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("vary:")
        && l.toLowerCase(Locale.ROOT).contains("accept"));
    assertThat(w.header(MarkerResponseFilter.HEADER)).isEqualTo("ran");
    ProblemAssertions.assertThatResponse(w.status, w.fields(), w.bodyBytes()).isProblem(426)
        .hasExactlyMembers("type", "title", "status").hasType("about:blank").hasTitle("Upgrade Required")
        .hasMember("status", 426).violations().filteredOn(v -> v.severity() == Severity.MUST)
        // The request asked to close: a server that answers "Connection: close" drops StatusKit's
        // "upgrade" option (Grizzly), which RFC 9110 §7.8 asks for beside Upgrade. Nothing else may break.
        .extracting(Violation::key).isSubsetOf(w.header("Connection") != null
            && w.header("Connection").toLowerCase(Locale.ROOT).contains("close")
            ? List.of("connection-upgrade:Connection") : List.of());
  }

  @Test
  void detailOfAStatusKitExceptionIsSent() throws Exception {
    HttpResponse<String> r = get("s/detail");
    JsonNode body = assertProblem(r, 409, Set.of("type", "title", "status", "detail"));
    assertThat(body.get("detail").asText()).isEqualTo("Order 42 was already shipped.");
  }

  @Test
  void annotatedExceptionAnswersFromItsAnnotations() throws Exception {
    HttpResponse<String> r = get("s/annotated");
    JsonNode body = assertProblem(r, 409, Set.of("type", "title", "status", "detail", "sku"));
    assertThat(body.get("type").asText()).isEqualTo("https://example.test/problems/out-of-stock");
    assertThat(body.get("title").asText()).isEqualTo("Out of stock");
    assertThat(body.get("sku").asText()).isEqualTo("sku-7");
  }

  // ---------------------------------------------------------------- the runtime's own errors

  @Test
  void unmatchedPathIs404Problem() throws Exception {
    assertProblem(get("no/such/path"), 404, Set.of("type", "title", "status"));
  }

  @Test
  void wrongMethodIs405ProblemWithAllowKept() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/only-get")).DELETE());
    assertProblem(r, 405, Set.of("type", "title", "status"));
    // Runtimes differ in listing HEAD and OPTIONS (jersey#3837); GET is always there.
    assertThat(String.join(",", r.headers().allValues("Allow")).toUpperCase(Locale.ROOT)).contains("GET");
  }

  @Test
  void unsupportedContentTypeIs415Problem() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/orders"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
    assertProblem(r, 415, Set.of("type", "title", "status"));
  }

  @Test
  void unacceptableTypeIs406ProblemInJson() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/json-only")).header("Accept", "image/png").GET());
    assertProblem(r, 406, Set.of("type", "title", "status"));
  }

  // ---------------------------------------------------------------- WebApplicationExceptions

  @Test
  void notAuthorizedExceptionKeepsItsChallenge() throws Exception {
    HttpResponse<String> r = get("s/not-authorized");
    assertProblem(r, 401, Set.of("type", "title", "status"));
    assertThat(r.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"api\"");
  }

  @Test
  void serviceUnavailableExceptionKeepsRetryAfter() throws Exception {
    HttpResponse<String> r = get("s/unavailable");
    JsonNode body = assertProblem(r, 503, Set.of("type", "title", "status", "instance"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("120");
    assertThat(body.get("instance").asText()).startsWith("urn:uuid:");
  }

  @Test
  void redirectionExceptionKeepsLocation() throws Exception {
    HttpResponse<String> r = get("s/redirect");
    assertProblem(r, 303, Set.of("type", "title", "status"));
    assertThat(r.headers().firstValue("Location")).hasValue("https://example.test/moved");
  }

  @Test
  void webApplicationExceptionKeepsEveryHeaderField() throws Exception {
    HttpResponse<String> r = get("s/wae-headers");
    assertProblem(r, 429, Set.of("type", "title", "status"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("11");
    assertThat(r.headers().allValues("X-Rate-Limit-Remaining")).containsExactly("0");
    assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(r.headers().allValues("Link")).containsExactly("<https://example.test/limits>; rel=\"help\"");
  }

  @Test
  // A response StatusKit leaves to the application or the runtime: Grizzly sends no Date on those.
  @ConformanceChecked(ignore = "date")
  void webApplicationExceptionWithEntityPassesThroughUntouched() throws Exception {
    HttpResponse<String> r = get("s/wae-entity");
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).isEqualTo("the application's own body");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(r.headers().firstValue("X-Own")).hasValue("kept");
    assertThat(log.statuskit()).isEmpty();
  }

  // ---------------------------------------------------------------- anything else

  @Test
  void unknownExceptionIsSafe500WithOccurrenceIdLoggedOnce() throws Exception {
    HttpResponse<String> r = get("s/boom");
    JsonNode body = assertProblem(r, 500, Set.of("type", "title", "status", "instance"));
    assertThat(r.body()).doesNotContain(ScenarioResource.SECRET).doesNotContain("IllegalStateException")
        .doesNotContain("at dev.statuskit");
    String occurrence = body.get("instance").asText();
    assertThat(occurrence).startsWith("urn:uuid:");

    List<LogRecord> ours = log.statuskit();
    assertThat(ours).hasSize(1);
    assertThat(ours.get(0).getLevel().intValue()).isGreaterThanOrEqualTo(java.util.logging.Level.SEVERE.intValue());
    assertThat(ours.get(0).getMessage()).contains(occurrence).contains("GET /s/boom");
    assertThat(ours.get(0).getThrown()).isInstanceOf(IllegalStateException.class);
    // Nobody else logs the same exception again (RESTEasy's and CXF's defaults would).
    assertThat(log.records().stream().filter(rec -> rec.getThrown() != null
        && String.valueOf(rec.getThrown().getMessage()).contains(ScenarioResource.SECRET))).hasSize(1);
  }

  @Test
  void clientErrorIsLoggedOnceAtDebugWithoutTrace() throws Exception {
    get("s/typed/409");
    List<LogRecord> ours = log.statuskit();
    assertThat(ours).hasSize(1);
    assertThat(ours.get(0).getLevel().intValue()).isLessThan(java.util.logging.Level.INFO.intValue());
    assertThat(ours.get(0).getThrown()).isNull();
  }

  @Test
  void globalMappingOfTheExplicitFeatureApplies() throws Exception {
    assumeTrue(featureSeesApplicationConfiguration(), "a Bus-wide registration is configured on the Bus only");
    HttpResponse<String> r = get("s/global");
    assertProblem(r, 501, Set.of("type", "title", "status", "instance"));
    assertThat(r.body()).doesNotContain(ScenarioResource.SECRET);
    assertThat(log.statuskit()).hasSize(1);
  }

  // ---------------------------------------------------------------- filters

  @Test
  void exceptionInRequestFilterIsMapped() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/only-get")).header("X-Throttle", "yes").GET());
    assertProblem(r, 429, Set.of("type", "title", "status"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("7");
  }

  /** The fast way to reject in a filter: ProblemResponses.abort, nothing thrown, the same response. */
  @Test
  void requestFilterRejectsWithoutThrowingThroughTheMapper() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/only-get")).header("X-Throttle", "abort").GET());
    JsonNode body = assertProblem(r, 429, Set.of("type", "title", "status", "detail", "limit"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("7");
    assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(body.get("title").asText()).isEqualTo("Too Many Requests");
    assertThat(body.get("detail").asText()).isEqualTo("You sent 120 requests in the last minute.");
    assertThat(body.get("limit").asInt()).isEqualTo(100);

    // Negotiated as for a thrown exception (*/* keeps the resource method matched: the filter runs after matching).
    HttpResponse<String> xml = send(HttpRequest.newBuilder(uri("s/only-get")).header("X-Throttle", "abort")
        .header("Accept", "application/problem+xml, */*;q=0.1").GET());
    assertThat(xml.statusCode()).isEqualTo(429);
    assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith(PROBLEM_XML));
    assertThat(xml.headers().allValues("Retry-After")).containsExactly("7");
    assertThat(xml.body()).contains("<status>429</status>").contains("<limit>100</limit>");
  }

  @Test
  void exceptionInPreMatchingFilterIsMapped() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/only-get")).header("X-Maintenance", "yes").GET());
    assertProblem(r, 503, Set.of("type", "title", "status", "instance"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("90");
  }

  @Test
  void asyncResponseResumedWithAnExceptionIsMapped() throws Exception {
    HttpResponse<String> r = get("a/resume");
    assertProblem(r, 429, Set.of("type", "title", "status"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("3");
  }

  @Test
  void failedCompletionStageIsSafe500() throws Exception {
    HttpResponse<String> r = get("a/stage");
    assertProblem(r, 500, Set.of("type", "title", "status", "instance"));
    assertThat(r.body()).doesNotContain(ScenarioResource.SECRET).doesNotContain("CompletionException");
    assertThat(log.statuskit()).hasSize(1);
  }

  @Test
  void responseFiltersRunOnMappedResponses() throws Exception {
    // assertProblem checks the filter's header on every problem; this pins it for a plain 500.
    HttpResponse<String> r = get("s/boom");
    assertThat(r.headers().firstValue(MarkerResponseFilter.HEADER)).hasValue("ran");
  }

  // ---------------------------------------------------------------- representation

  @Test
  void browsersGetHtmlWithoutAnErrorPageOfTheContainer() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/typed/429")).header("Accept", "text/html").GET());
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT)).startsWith("text/html");
    assertThat(r.headers().allValues("Retry-After")).containsExactly("120");
    assertThat(r.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept");
    assertThat(r.body()).contains("Too Many Requests").doesNotContainIgnoringCase("tomcat")
        .doesNotContainIgnoringCase("jetty").doesNotContainIgnoringCase("undertow");
  }

  @Test
  void unacceptableAcceptStillGetsAProblemNotA406() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/typed/409")).header("Accept", "image/png").GET());
    assertProblem(r, 409, Set.of("type", "title", "status"));
  }

  @Test
  void headGetsHeadersWithoutBody() throws Exception {
    RawResponse r = raw("HEAD", "s/typed/429");
    assertThat(r.status).isEqualTo(429);
    assertThat(r.header("Retry-After")).isEqualTo("120");
    assertThat(r.header("Content-Type")).startsWith(PROBLEM_JSON);
    assertThat(r.header(MarkerResponseFilter.HEADER)).isEqualTo("ran");
    assertThat(r.body).isEmpty();
  }

  @Test
  void headOnUnmatchedPathGetsHeadersWithoutBody() throws Exception {
    RawResponse r = raw("HEAD", "no/such/path");
    assertThat(r.status).isEqualTo(404);
    assertThat(r.header("Content-Type")).startsWith(PROBLEM_JSON);
    assertThat(r.body).isEmpty();
  }

  // ---------------------------------------------------------------- validation and JSON

  @Test
  void invalidRequestGets400WithViolations() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/orders?limit=0"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"\",\"quantity\":0}")));
    JsonNode body = assertProblem(r, 400, Set.of("type", "title", "status", "detail", "violations"));
    assertThat(violations(body)).containsExactly(
        "body:quantity", "body:sku", "query:limit");
    for (JsonNode v : body.get("violations")) {
      boolean inBody = v.get("location").asText().equals("body");
      assertThat(fieldNames(v)).containsExactlyElementsOf(
          inBody ? List.of("field", "location", "pointer", "message") : List.of("field", "location", "message"));
      assertThat(v.get("message").asText()).isNotBlank();
      if (inBody) {
        assertThat(v.get("pointer").asText()).isEqualTo("/" + v.get("field").asText()); // RFC 6901
      }
    }
  }

  @Test
  void invalidPathParameterIsLocatedInThePath() throws Exception {
    HttpResponse<String> r = get("s/items/0");
    JsonNode body = assertProblem(r, 400, Set.of("type", "title", "status", "detail", "violations"));
    assertThat(violations(body)).containsExactly("path:id");
  }

  @Test
  void validationStatusCanBe422() throws Exception {
    assumeTrue(featureSeesApplicationConfiguration(), "a Bus-wide registration does not see application properties");
    try (Harness.Running other = harness().start(new PlainApp(Map.of("statuskit.validation-status", "422"),
        ScenarioResource.class))) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(other.base().resolve("s/items/0")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode body = assertProblem(r, 422, Set.of("type", "title", "status", "detail", "violations"), false);
      assertThat(violations(body)).containsExactly("path:id");
    }
  }

  @Test
  void malformedJsonIs400WithoutParserInternals() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/orders"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sku\": nope")));
    JsonNode body = assertProblem(r, 400, Set.of("type", "title", "status", "detail"));
    assertThat(body.get("detail").asText())
        .isEqualTo("The request content is not valid JSON or does not match the expected structure.");
  }

  @Test
  void mistypedJsonIs400WithoutParserInternals() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/orders"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"a\",\"quantity\":\"many\"}")));
    JsonNode body = assertProblem(r, 400, Set.of("type", "title", "status", "detail"));
    assertThat(body.get("detail").asText())
        .isEqualTo("The request content is not valid JSON or does not match the expected structure.");
    assertThat(r.body()).doesNotContain("many").doesNotContain("Order").doesNotContain("int");
  }

  // ---------------------------------------------------------------- endpoint annotations

  @Test
  void methodLevelMapExceptionBeatsClassLevel() throws Exception {
    HttpResponse<String> r = get("e/method");
    JsonNode body = assertProblem(r, 409, Set.of("type", "title", "status"));
    assertThat(body.get("type").asText()).isEqualTo("https://api.example.test/problems/stale");
    assertThat(body.get("title").asText()).isEqualTo("Stale update");
    assertThat(r.body()).doesNotContain(ScenarioResource.SECRET);
  }

  @Test
  void classLevelMapExceptionApplies() throws Exception {
    JsonNode body = assertProblem(get("e/class"), 422, Set.of("type", "status"));
    assertThat(body.get("type").asText()).isEqualTo("https://api.example.test/problems/stale-class");
  }

  @Test
  void mapExceptionMatchesAWrappedCause() throws Exception {
    assertProblem(get("e/wrapped"), 409, Set.of("type", "title", "status"));
  }

  @Test
  void statusKitExceptionKeepsItsOwnAnswerDespiteMapException() throws Exception {
    assertProblem(get("e/typed-wins"), 409, Set.of("type", "title", "status"));
  }

  @Test
  void defaultRetryAfterOfTheClassIsAdded() throws Exception {
    HttpResponse<String> r = get("e/retry-class");
    assertProblem(r, 429, Set.of("type", "title", "status"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("60");
  }

  @Test
  void defaultRetryAfterOfTheMethodIsAddedToAWebApplicationException() throws Exception {
    HttpResponse<String> r = get("e/retry-method");
    assertProblem(r, 503, Set.of("type", "title", "status", "instance"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("30");
  }

  @Test
  void retryAfterOfTheExceptionIsKept() throws Exception {
    HttpResponse<String> r = get("e/retry-kept");
    assertProblem(r, 503, Set.of("type", "title", "status", "instance"));
    assertThat(r.headers().allValues("Retry-After")).containsExactly("5");
  }

  @Test
  void defaultChallengeIsAddedTo401WithoutOne() throws Exception {
    HttpResponse<String> r = get("e/challenge");
    assertProblem(r, 401, Set.of("type", "title", "status"));
    assertThat(r.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"api\"");
  }

  @Test
  void relativeProblemTypeIsResolvedAgainstTheBase() throws Exception {
    // A custom type has no default title (RFC 9457 §3.1.3).
    JsonNode body = assertProblem(get("e/relative-type"), 409, Set.of("type", "status"));
    assertThat(body.get("type").asText()).isEqualTo("https://api.example.test/problems/out-of-stock");
  }

  // ---------------------------------------------------------------- registration and precedence

  @Test
  // A response StatusKit leaves to the application or the runtime: Grizzly sends no Date on those.
  @ConformanceChecked(ignore = "date")
  void applicationMapperForTheSameTypeWins() throws Exception {
    try (Harness.Running other = harness().start(new PlainApp(Map.of(), ScenarioResource.class,
        UserHttpExceptionMapper.class, ThrottleFilter.class))) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(other.base().resolve("s/typed/409")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(409);
      assertThat(r.body()).isEqualTo("mapped by the application");
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      // ProblemResponses is StatusKit's answer, whatever mapper the application adds for the type
      HttpResponse<String> aborted = client.send(HttpRequest.newBuilder(other.base().resolve("s/only-get"))
          .header("X-Throttle", "abort").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertProblem(aborted, 429, Set.of("type", "title", "status", "detail", "limit"), false);
      assertThat(aborted.headers().allValues("Retry-After")).containsExactly("7");
      // and the rest is still ours
      HttpResponse<String> missing = client.send(HttpRequest.newBuilder(other.base().resolve("nothing")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertProblem(missing, 404, Set.of("type", "title", "status"), false);
    }
  }

  @Test
  void loadServicesFalseTurnsAutomaticRegistrationOff() throws Exception {
    assumeTrue(harness().loadsFeatureServices(), "this runtime never loads Feature services");
    try (Harness.Running other = harness().start(new PlainApp(Map.of("jakarta.ws.rs.loadServices", false),
        ScenarioResource.class))) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(other.base().resolve("s/typed/409")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      // Without StatusKit's mappers the HttpException is just an unmapped exception: the runtime's 500.
      assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotStartWith(PROBLEM_JSON);
    }
  }

  @Test
  // A response StatusKit leaves to the application or the runtime: Grizzly sends no Date on those.
  @ConformanceChecked(ignore = "date")
  void webApplicationExceptionMappingCanBeTurnedOff() throws Exception {
    assumeTrue(featureSeesApplicationConfiguration(), "a Bus-wide registration does not see application properties");
    try (Harness.Running other = harness().start(new PlainApp(
        Map.of("statuskit.map-web-application-exceptions", "false"), ScenarioResource.class))) {
      HttpResponse<String> missing = client.send(HttpRequest.newBuilder(other.base().resolve("nothing")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type").orElse("")).doesNotStartWith(PROBLEM_JSON);
      HttpResponse<String> typed = client.send(HttpRequest.newBuilder(other.base().resolve("s/typed/409")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertProblem(typed, 409, Set.of("type", "title", "status"), false);
    }
  }

  @Test
  void unhandledMappingCanBeTurnedOff() throws Exception {
    assumeTrue(featureSeesApplicationConfiguration(), "a Bus-wide registration does not see application properties");
    try (Harness.Running other = harness().start(new PlainApp(Map.of("statuskit.map-unhandled", "false"),
        ScenarioResource.class))) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(other.base().resolve("s/boom")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotStartWith(PROBLEM_JSON);
    }
  }

  @Test
  void twoRegistrationsLogAndAnswerOnce() throws Exception {
    // ScenarioApp registers the feature itself on top of the runtime's (or harness's) registration.
    HttpResponse<String> r = get("s/typed/503");
    assertProblem(r, 503, Set.of("type", "title", "status", "instance"));
    assertThat(log.statuskit()).hasSize(1);
  }

  // ---------------------------------------------------------------- what hooks are told

  /**
   * Header fields a runtime adds on its own for framing and connection management, which no hook
   * can know of; exactly those seen on the wire of these scenarios. Grizzly (Jersey): Connection,
   * Content-Length. Tomcat 11 (Jersey) and Undertow (RESTEasy): Connection, Content-Length, Date.
   * Jetty (CXF): Connection, Content-Length, Date, Server. Connection is the answer to the
   * request's {@code Connection: close}.
   */
  private static final Set<String> RUNTIME_FIELDS = caseInsensitive("Connection", "Content-Length", "Date", "Server");

  /** The scenario application's response filter runs after StatusKit, so no hook can see its field. */
  private static final Set<String> APPLICATION_FIELDS = caseInsensitive(MarkerResponseFilter.HEADER);

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(List.of(names));
    return set;
  }

  static List<Arguments> wireScenarios() {
    return List.of(
        wireScenario("WebApplicationException 429 with Allow and Cache-Control", 429, "GET", "w/wae-429/"),
        wireScenario("TooManyRequestsException with Retry-After", 429, "GET", "w/too-many/"),
        wireScenario("bare 401 with the endpoint's default challenge", 401, "GET", "w/challenge/"),
        wireScenario("bare 503 with the endpoint's default Retry-After", 503, "GET", "w/retry/"),
        wireScenario("@MapException of the class with a relative type", 422, "GET", "w/mapped/"),
        wireScenario("the runtime's 405 for an unmatched method", 405, "DELETE", "w/only-get/"),
        wireScenario("the runtime's 404 for an unmatched path", 404, "GET", "w/no-such-resource/"),
        wireScenario("unexpected exception 500", 500, "GET", "w/boom/"),
        wireScenario("ProblemResponses.abort in a request filter", 429, "GET", "w/only-get/", "X-Throttle", "abort"));
  }

  private static Arguments wireScenario(String name, int status, String method, String path, String... fields) {
    return Arguments.of(name, status, method, path, fields);
  }

  /**
   * Listeners, CDI observers and the log are promised the response as it is sent: the same status,
   * the same header fields with the same values in the same order, the same problem.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("wireScenarios")
  void listenerSeesTheResponseThatGoesOnTheWire(String name, int status, String method, String path, String[] fields)
      throws Exception {
    String token = RecordingListener.token();
    Wire w = Wire.exchange(method, uri(path + token), fields);
    assertThat(w.status).as("the scenario's own status, in\n%s", w.raw).isEqualTo(status);

    List<ProblemEvent> events = RecordingListener.eventsFor(token);
    assertThat(events).as("events for %s %s", method, path + token).hasSize(1);
    RecordingListener.Recorded told = RecordingListener.recorded(events.get(0));
    Map<String, List<String>> wire = w.fields();

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(told.status()).as("status: listener was told %d, the wire has %d", told.status(), w.status)
        .isEqualTo(w.status);
    told.headers().forEach((field, values) -> soft.assertThat(fieldValue(wire.getOrDefault(field, List.of())))
        .as("%s: listener was told %s, the wire has %s", field, values, wire.get(field))
        .isEqualTo(fieldValue(values)));
    Set<String> unreported = caseInsensitive(told.unreported().toArray(String[]::new));
    wire.forEach((field, values) -> {
      if (!RUNTIME_FIELDS.contains(field) && !APPLICATION_FIELDS.contains(field) && !unreported.contains(field)) {
        soft.assertThat(told.headers()).as("%s: the wire has %s, the listener was told of %s", field, values,
            told.headers()).containsKey(field);
      }
    });
    told.mediaType().ifPresent(type -> soft.assertThat(wire.getOrDefault("Content-Type", List.of()))
        .as("Content-Type: listener was told %s, the wire has %s", type, wire.get("Content-Type")).containsExactly(type));
    told.body().ifPresent(bytes -> soft.assertThat(w.bodyBytes())
        .as("body: listener was told %s, the wire has %s", new String(bytes, StandardCharsets.UTF_8), w.body)
        .isEqualTo(bytes));
    Problem sent = ProblemReader.fromJson(w.bodyBytes());
    soft.assertThat(told.problem()).as("problem: listener was told %s, the wire has %s (%s)", told.problem(), sent,
        w.body).isEqualTo(sent);
    soft.assertAll();
  }

  /** One field's value, its lines joined as RFC 9110 §5.3 allows (CXF sends one comma-joined line). */
  private static String fieldValue(List<String> lines) {
    return String.join(",", lines).replaceAll("\\s*,\\s*", ",");
  }

  // ---------------------------------------------------------------- helpers

  // ---------------------------------------------------------------- client side (issue 6)

  static Iterable<Integer> clientStatuses() {
    List<Integer> out = new ArrayList<>();
    for (int status : TypedExceptions.statuses()) {
      // 304 has no body and is the client's to handle; 426's Connection: upgrade leaves some
      // HTTP/1.1 clients waiting for the connection to close (see upgradeRequiredCarriesUpgradeAndConnection).
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
    jakarta.ws.rs.client.Client c = problemClient();
    try {
      Throwable caught = org.assertj.core.api.Assertions.catchThrowable(() -> dev.statuskit.jaxrs.client.ProblemClient
          .call(() -> c.target(uri("s/typed/" + status)).request().get(String.class)));

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
    } finally {
      c.close();
    }
  }

  @Test
  void clientRestoresRetryAfterAndDetailAndTheTrapIsOnlyAWrapper() {
    jakarta.ws.rs.client.Client c = problemClient();
    try {
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
      Throwable detailed = org.assertj.core.api.Assertions.catchThrowable(() -> dev.statuskit.jaxrs.client.ProblemClient
          .call(() -> c.target(uri("s/detail")).request().get(String.class)));
      // ScenarioResource.detail(): new ConflictException("Order 42 was already shipped.").
      assertThat(detailed).isExactlyInstanceOf(dev.statuskit.ConflictException.class);
      assertThat(((HttpException) detailed).getStatus().code()).isEqualTo(409);
      assertThat(((HttpException) detailed).getDetail()).isEqualTo("Order 42 was already shipped.");
    } finally {
      c.close();
    }
  }

  /** The trace id travels back: the request's traceparent, the problem's traceId, the client's typed exception. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {404, 429, 503})
  void clientGetsTheTraceIdOfTheRequestOnTheTypedException(int status) {
    jakarta.ws.rs.client.Client c = problemClient();
    try {
      Throwable caught = org.assertj.core.api.Assertions.catchThrowable(() -> dev.statuskit.jaxrs.client.ProblemClient
          .call(() -> c.target(uri("s/typed/" + status)).request()
              .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").get(String.class)));
      assertThat(caught).isInstanceOf(HttpException.class);
      assertThat(((HttpException) caught).getStatus().code()).isEqualTo(status);
      assertThat(((HttpException) caught).getTraceId()).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
      Throwable untraced = org.assertj.core.api.Assertions.catchThrowable(() -> dev.statuskit.jaxrs.client.ProblemClient
          .call(() -> c.target(uri("s/typed/" + status)).request().get(String.class)));
      assertThat(((HttpException) untraced).getTraceId()).isEmpty();
    } finally {
      c.close();
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
    jakarta.ws.rs.client.Client c = jakarta.ws.rs.client.ClientBuilder.newClient()
        .register(new dev.statuskit.jaxrs.client.ProblemClientFilter()
            .map(URI.create("https://api.example.test/problems/stale-class"), StaleOrderException::new));
    try {
      Throwable caught = org.assertj.core.api.Assertions.catchThrowable(() -> dev.statuskit.jaxrs.client.ProblemClient
          .call(() -> c.target(uri("e/class")).request().get(String.class)));
      assertThat(caught).isInstanceOf(StaleOrderException.class);
      assertThat(((StaleOrderException) caught).problem.getStatus().code()).isEqualTo(422);
    } finally {
      c.close();
    }
  }

  @Test
  void clientLeavesSuccessfulResponsesAlone() {
    jakarta.ws.rs.client.Client c = problemClient();
    try {
      jakarta.ws.rs.core.Response r = dev.statuskit.jaxrs.client.ProblemClient
          .call(() -> c.target(uri("s/ok")).request().get());
      assertThat(r.getStatus()).isEqualTo(200);
      r.close();
    } finally {
      c.close();
    }
  }

  protected URI uri(String path) {
    return app.base().resolve(path);
  }

  protected HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  protected HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode assertProblem(HttpResponse<String> r, int status, Set<String> members) throws Exception {
    return assertProblem(r, status, members, true);
  }

  /**
   * The wire contract of a problem response in JSON, through the test kit: status, Content-Type, the
   * exact member set, a status member equal to the status, no MUST violation of RFC 9110 or RFC 9457;
   * then this suite's own: Vary and the application's response filter.
   */
  private JsonNode assertProblem(HttpResponse<String> r, int status, Set<String> members, boolean filtered)
      throws Exception {
    ProblemAssertions.assertThat(r).isProblem(status).hasExactlyMembers(members.toArray(String[]::new))
        .hasMember("status", status).isConformant();
    assertThat(r.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept");
    if (filtered) {
      assertThat(r.headers().firstValue(MarkerResponseFilter.HEADER)).as("response filter ran").hasValue("ran");
    }
    return JSON.readTree(r.body());
  }

  private static String joined(List<String> values) {
    return String.join(",", values).replaceAll(",\\s+", ",");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  private static List<String> violations(JsonNode body) {
    return StreamSupport.stream(body.get("violations").spliterator(), false)
        .map(v -> v.get("location").asText() + ":" + v.get("field").asText()).toList();
  }

  /** A response read from a raw socket, which shows whether a HEAD response carried a body. */
  protected static final class RawResponse {
    int status;
    final Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String body = "";

    String header(String name) {
      return headers.getOrDefault(name, "");
    }
  }

  protected RawResponse raw(String method, String path) throws Exception {
    Wire w = Wire.exchange(method, uri(path));
    RawResponse r = new RawResponse();
    r.status = w.status;
    w.fields().forEach((name, values) -> r.headers.put(name, String.join(", ", values)));
    r.body = w.body;
    return r;
  }
}
