package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.representation.ProblemReader;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.test.ConformanceChecked;
import dev.statuskit.testsupport.RecordingListener;
import dev.statuskit.testsupport.Wire;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exceptions and rejections in request filters, asynchronous resources, and the application's
 * response filter on mapped responses, on every runtime; and what listeners are told, compared
 * with what goes on the wire.
 * Every problem response is checked for the whole wire contract through the test kit
 * ({@link RuntimeScenarios#assertProblem}); every response the suite's client receives is checked
 * against RFC 9110 and RFC 9457 ({@link ConformanceChecked}).
 */
@ConformanceChecked
public abstract class FilterScenarios extends RuntimeScenarios {

  // ---------------------------------------------------------------- filters

  @Test
  void exceptionInRequestFilterIsMapped() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/only-get")).header("X-Throttle", "yes").GET());
    assertProblem(r, 429, "type", "title", "status").hasHeader("Retry-After", "7");
  }

  /** The fast way to reject in a filter: ProblemResponses.abort, nothing thrown, the same response. */
  @Test
  void requestFilterRejectsWithoutThrowingThroughTheMapper() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/only-get")).header("X-Throttle", "abort").GET());
    assertProblem(r, 429, "type", "title", "status", "detail", "limit").hasTitle("Too Many Requests")
        .hasDetail("You sent 120 requests in the last minute.").hasMember("limit", 100)
        .hasHeader("Retry-After", "7").hasHeader("Cache-Control", "no-store");

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
    assertProblem(r, 503, "type", "title", "status", "instance").hasHeader("Retry-After", "90");
  }

  @Test
  void asyncResponseResumedWithAnExceptionIsMapped() throws Exception {
    assertProblem(get("a/resume"), 429, "type", "title", "status").hasHeader("Retry-After", "3");
  }

  @Test
  void failedCompletionStageIsSafe500() throws Exception {
    HttpResponse<String> r = get("a/stage");
    assertProblem(r, 500, "type", "title", "status", "instance");
    assertThat(r.body()).doesNotContain(ScenarioResource.SECRET).doesNotContain("CompletionException");
    assertThat(log().statuskit()).hasSize(1);
  }

  @Test
  void responseFiltersRunOnMappedResponses() throws Exception {
    // assertProblem checks the filter's header on every problem; this pins it for a plain 500.
    HttpResponse<String> r = get("s/boom");
    assertThat(r.headers().firstValue(MarkerResponseFilter.HEADER)).hasValue("ran");
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
}
