package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpException;
import dev.statuskit.HttpStatus;
import dev.statuskit.conformance.Severity;
import dev.statuskit.conformance.Violation;
import dev.statuskit.test.ConformanceChecked;
import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.testsupport.Wire;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exceptions StatusKit maps, on every runtime: its typed exceptions with their status, header
 * fields and problem, a WebApplicationException's response kept but for its body, any other
 * exception as a safe 500 logged once, and the endpoint annotations ({@code @MapException}, default
 * {@code Retry-After} and challenge).
 * Every problem response is checked for the whole wire contract through the test kit
 * ({@link RuntimeScenarios#assertProblem}); every response the suite's client receives is checked
 * against RFC 9110 and RFC 9457 ({@link ConformanceChecked}).
 */
@ConformanceChecked
public abstract class ExceptionMappingScenarios extends RuntimeScenarios {

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
    String[] members = status >= 500 ? new String[] {"type", "title", "status", "instance"}
        : new String[] {"type", "title", "status"};
    assertProblem(r, status, members).hasType("about:blank").hasTitle(HttpStatus.valueOf(status).reasonPhrase());
    if (status >= 500) {
      assertThat(instance(r)).startsWith("urn:uuid:");
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
    assertProblem(r, 409, "type", "title", "status", "detail").hasDetail("Order 42 was already shipped.");
  }

  @Test
  void annotatedExceptionAnswersFromItsAnnotations() throws Exception {
    HttpResponse<String> r = get("s/annotated");
    assertProblem(r, 409, "type", "title", "status", "detail", "sku")
        .hasType("https://example.test/problems/out-of-stock").hasTitle("Out of stock").hasMember("sku", "sku-7");
  }

  // ---------------------------------------------------------------- WebApplicationExceptions

  /**
   * A header field the exception or the endpoint's annotations give: the status's own problem
   * ({@code instance} on a 5xx) carries it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "NotAuthorizedException keeps its challenge                 | s/not-authorized | 401 | WWW-Authenticate | Bearer realm=\"api\"",
      "ServiceUnavailableException keeps Retry-After              | s/unavailable    | 503 | Retry-After      | 120",
      "RedirectionException keeps Location                        | s/redirect       | 303 | Location         | https://example.test/moved",
      "@DefaultRetryAfter of the class is added                   | e/retry-class    | 429 | Retry-After      | 60",
      "@DefaultRetryAfter of the method is added to a WAE         | e/retry-method   | 503 | Retry-After      | 30",
      "Retry-After of the exception is kept                       | e/retry-kept     | 503 | Retry-After      | 5",
      "@DefaultChallenge is added to a 401 without one            | e/challenge      | 401 | WWW-Authenticate | Bearer realm=\"api\""})
  void theProblemCarriesTheHeaderField(String name, String path, int status, String field, String value)
      throws Exception {
    HttpResponse<String> r = get(path);
    if (status >= 500) {
      assertProblem(r, status, "type", "title", "status", "instance").hasHeader(field, value);
      assertThat(instance(r)).startsWith("urn:uuid:");
    } else {
      assertProblem(r, status, "type", "title", "status").hasHeader(field, value);
    }
  }

  @Test
  void webApplicationExceptionKeepsEveryHeaderField() throws Exception {
    assertProblem(get("s/wae-headers"), 429, "type", "title", "status").hasHeader("Retry-After", "11")
        .hasHeader("X-Rate-Limit-Remaining", "0").hasHeader("Cache-Control", "no-store")
        .hasHeader("Link", "<https://example.test/limits>; rel=\"help\"");
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
    assertThat(log().statuskit()).isEmpty();
  }

  // ---------------------------------------------------------------- anything else

  @Test
  void unknownExceptionIsSafe500WithOccurrenceIdLoggedOnce() throws Exception {
    HttpResponse<String> r = get("s/boom");
    assertProblem(r, 500, "type", "title", "status", "instance");
    assertThat(r.body()).doesNotContain(ScenarioResource.SECRET).doesNotContain("IllegalStateException")
        .doesNotContain("at dev.statuskit");
    String occurrence = instance(r);
    assertThat(occurrence).startsWith("urn:uuid:");

    List<LogRecord> ours = log().statuskit();
    assertThat(ours).hasSize(1);
    assertThat(ours.get(0).getLevel().intValue()).isGreaterThanOrEqualTo(java.util.logging.Level.SEVERE.intValue());
    assertThat(ours.get(0).getMessage()).contains(occurrence).contains("GET /s/boom");
    assertThat(ours.get(0).getThrown()).isInstanceOf(IllegalStateException.class);
    // Nobody else logs the same exception again (RESTEasy's and CXF's defaults would).
    assertThat(log().records().stream().filter(rec -> rec.getThrown() != null
        && String.valueOf(rec.getThrown().getMessage()).contains(ScenarioResource.SECRET))).hasSize(1);
  }

  @Test
  void clientErrorIsLoggedOnceAtDebugWithoutTrace() throws Exception {
    get("s/typed/409");
    List<LogRecord> ours = log().statuskit();
    assertThat(ours).hasSize(1);
    assertThat(ours.get(0).getLevel().intValue()).isLessThan(java.util.logging.Level.INFO.intValue());
    assertThat(ours.get(0).getThrown()).isNull();
  }

  // ---------------------------------------------------------------- endpoint annotations

  @Test
  void methodLevelMapExceptionBeatsClassLevel() throws Exception {
    HttpResponse<String> r = get("e/method");
    assertProblem(r, 409, "type", "title", "status").hasType("https://api.example.test/problems/stale")
        .hasTitle("Stale update");
    assertThat(r.body()).doesNotContain(ScenarioResource.SECRET);
  }

  @Test
  void classLevelMapExceptionApplies() throws Exception {
    assertProblem(get("e/class"), 422, "type", "status").hasType("https://api.example.test/problems/stale-class");
  }

  @Test
  void mapExceptionMatchesAWrappedCause() throws Exception {
    assertProblem(get("e/wrapped"), 409, "type", "title", "status");
  }

  @Test
  void statusKitExceptionKeepsItsOwnAnswerDespiteMapException() throws Exception {
    assertProblem(get("e/typed-wins"), 409, "type", "title", "status");
  }

  @Test
  void relativeProblemTypeIsResolvedAgainstTheBase() throws Exception {
    // A custom type has no default title (RFC 9457 §3.1.3).
    assertProblem(get("e/relative-type"), 409, "type", "status")
        .hasType("https://api.example.test/problems/out-of-stock");
  }

  private static String joined(List<String> values) {
    return String.join(",", values).replaceAll(",\\s+", ",");
  }
}
