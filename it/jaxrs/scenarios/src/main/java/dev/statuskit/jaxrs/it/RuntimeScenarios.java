package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statuskit.representation.ProblemReader;
import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.test.ProblemResponseAssert;
import dev.statuskit.testsupport.LogCapture;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * How every suite here runs on many runtimes: a runtime module's subclass names the runtime
 * ({@link #harness()}), the suite names its application ({@link #application()}). The application
 * is started once per class on 127.0.0.1 and an ephemeral port, the log is captured (cleared before
 * each test), and requests go through one HTTP/1.1 client that does not follow redirects; a suite
 * marked {@code @ConformanceChecked} has that client check every response.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RuntimeScenarios {

  protected static final String PROBLEM_JSON = "application/problem+json";
  protected static final String PROBLEM_XML = "application/problem+xml";

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
  private Harness.Running app;
  private LogCapture log;

  /** The runtime under test. */
  protected abstract Harness harness();

  /** The application the suite runs against: the scenario application unless the suite says otherwise. */
  protected Application application() {
    return new ScenarioApp();
  }

  @BeforeAll
  void startApplication() throws Exception {
    log = LogCapture.start();
    app = harness().start(application());
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

  /** What was logged since the test began. */
  protected LogCapture log() {
    return log;
  }

  /** The path resolved against the running application. */
  protected URI uri(String path) {
    return app.base().resolve(path);
  }

  protected HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  protected HttpResponse<String> get(String path, String accept) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
  }

  protected HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Starts the scenario resources once more, beside the suite's application, with these properties. */
  protected Harness.Running startScenarioResources(Map<String, Object> properties) throws Exception {
    return harness().start(new PlainApp(properties, ScenarioResource.class));
  }

  /**
   * As {@link #startScenarioResources}, for properties StatusKitFeature reads from the application:
   * the test is skipped where the feature does not see them (CXF's Bus-wide registration).
   */
  protected Harness.Running startConfiguredScenarioResources(Map<String, Object> properties) throws Exception {
    assumeTrue(harness().featureSeesApplicationConfiguration(),
        "a Bus-wide registration does not see application properties");
    return startScenarioResources(properties);
  }

  /** A GET to another application this test started. */
  protected HttpResponse<String> get(Harness.Running other, String path) throws Exception {
    return send(HttpRequest.newBuilder(other.base().resolve(path)).GET());
  }

  /** Sends the request, with a time-out of 30 seconds, and reads the body as UTF-8. */
  protected HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * The wire contract of a problem response in JSON, through the test kit: status, Content-Type,
   * exactly these members, a status member equal to the status, no MUST violation of RFC 9110 or
   * RFC 9457; then the scenario application's own: Vary names Accept and its response filter ran.
   *
   * @return the kit's assertion, for the members' values
   */
  protected static ProblemResponseAssert assertProblem(HttpResponse<String> r, int status, String... members) {
    ProblemResponseAssert problem = assertUnfilteredProblem(r, status, members);
    assertThat(r.headers().firstValue(MarkerResponseFilter.HEADER)).as("response filter ran").hasValue("ran");
    return problem;
  }

  /** As {@link #assertProblem}, for an application without the scenario application's response filter. */
  protected static ProblemResponseAssert assertUnfilteredProblem(HttpResponse<String> r, int status,
      String... members) {
    ProblemResponseAssert problem = ProblemAssertions.assertThat(r).isProblem(status).hasExactlyMembers(members)
        .hasMember("status", status).isConformant();
    assertThat(r.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept");
    return problem;
  }

  /** The problem's {@code instance} member, the occurrence id of a server error; empty if it has none. */
  protected static String instance(HttpResponse<String> r) {
    return ProblemReader.fromJson(r.body().getBytes(StandardCharsets.UTF_8)).instance().map(URI::toString).orElse("");
  }

  /** The response has this status and is not StatusKit's problem: the application's or the runtime's own. */
  protected static void assertNotProblem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.body()).doesNotStartWith(PROBLEM_JSON);
  }
}
