package dev.statuskit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.statuskit.conformance.Severity;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.launcher.listeners.TestExecutionSummary.Failure;

/**
 * Runs {@link ConformanceChecked} test classes through the JUnit launcher against the JDK's HTTP
 * server, to see which of their tests pass and which fail, and why.
 */
class ConformanceExtensionTest {

  @RegisterExtension
  static final TestServer server = new TestServer();

  static HttpRequest get(String path) {
    return HttpRequest.newBuilder(server.uri(path)).build();
  }

  /** Set while {@link #run} runs a fixture class, so that a -Dtest pattern does not run them alone. */
  static final String FIXTURES = "dev.statuskit.test.fixtures";

  private static TestExecutionSummary run(Class<?> testClass) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    System.setProperty(FIXTURES, "run");
    try {
      launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
    } finally {
      System.clearProperty(FIXTURES);
    }
    return listener.getSummary();
  }

  private static String failureOf(TestExecutionSummary summary, String method) {
    for (Failure f : summary.getFailures()) {
      if (f.getTestIdentifier().getDisplayName().startsWith(method)) {
        return f.getException().getMessage();
      }
    }
    throw new AssertionError("no failure of " + method + " among " + summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName()).toList());
  }

  @ConformanceChecked
  @EnabledIfSystemProperty(named = FIXTURES, matches = "run")
  static class FieldClient {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void conformantResponses() throws Exception {
      client.send(get("/405"), BodyHandlers.ofString());
      client.send(get("/401"), BodyHandlers.ofByteArray());
      client.send(get("/should-only"), BodyHandlers.discarding());
    }

    @Test
    void brokenResponse() throws Exception {
      client.send(get("/405-without-allow"), BodyHandlers.ofString());
    }

    @Test
    void brokenBody() throws Exception {
      client.send(get("/status-mismatch"), BodyHandlers.ofString());
    }

    @Test
    void brokenAsyncResponseIgnoredByTheTest() {
      client.sendAsync(get("/405-without-allow"), BodyHandlers.ofString()).exceptionally(e -> null).join();
    }

    @Test
    void brokenResponseWhileTheTestFailsAnyway() throws Exception {
      client.sendAsync(get("/405-without-allow"), BodyHandlers.ofString(), null).exceptionally(e -> null).join();
      throw new IllegalStateException("the test's own failure");
    }

    @Test
    void parameterClient(HttpClient injected) throws Exception {
      injected.send(get("/status-mismatch"), BodyHandlers.ofString());
    }
  }

  @Test
  void mustViolationsFailTheTestThatReceivedThem() {
    TestExecutionSummary s = run(FieldClient.class);
    assertThat(s.getTestsSucceededCount()).isEqualTo(1);
    assertThat(s.getTestsFailedCount()).isEqualTo(5);
    assertThat(failureOf(s, "brokenResponse()")).startsWith("The response breaks RFC rules:\n"
        + "  MUST: 405 Method Not Allowed without Allow (RFC 9110 §15.5.6)\n\nin the response:\nGET "
        + server.uri("/405-without-allow") + " -> 405\n");
    assertThat(failureOf(s, "brokenBody()")).contains(
        "MUST: problem member status 400 differs from the response's 404 (RFC 9457 §3.1.2)", "{\"status\":400}");
    assertThat(failureOf(s, "brokenAsyncResponseIgnoredByTheTest()")).startsWith("1 response(s) break RFC rules:")
        .contains("405 Method Not Allowed without Allow");
    assertThat(failureOf(s, "brokenResponseWhileTheTestFailsAnyway()")).isEqualTo("the test's own failure");
    assertThat(failureOf(s, "parameterClient(HttpClient)")).contains("problem member status 400");
  }

  @ConformanceChecked(failOn = Severity.SHOULD)
  @EnabledIfSystemProperty(named = FIXTURES, matches = "run")
  static class StrictClient {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void shouldViolation() throws Exception {
      client.send(get("/should-only"), BodyHandlers.ofString());
    }
  }

  @EnabledIfSystemProperty(named = FIXTURES, matches = "run")
  static class MethodLevel {
    @Test
    @ConformanceChecked(failOn = Severity.SHOULD)
    void strict(HttpClient client) throws Exception {
      client.send(get("/should-only"), BodyHandlers.ofString());
    }

    @Test
    @ConformanceChecked
    void lenient(HttpClient client) throws Exception {
      client.send(get("/should-only"), BodyHandlers.ofString());
    }
  }

  @ConformanceChecked(ignore = "field-required:Allow")
  @EnabledIfSystemProperty(named = FIXTURES, matches = "run")
  static class Ignoring {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void ignoredRule() throws Exception {
      client.send(get("/405-without-allow"), BodyHandlers.ofString());
    }

    @Test
    @ConformanceChecked(ignore = "problem-status")
    void methodListReplacesTheClassList() throws Exception {
      client.send(get("/status-mismatch"), BodyHandlers.ofString());
      client.send(get("/405-without-allow"), BodyHandlers.ofString());
    }
  }

  @Test
  void ignoredRulesDoNotFail() {
    TestExecutionSummary s = run(Ignoring.class);
    assertThat(s.getTestsSucceededCount()).isEqualTo(1);
    assertThat(failureOf(s, "methodListReplacesTheClassList()")).contains("without Allow")
        .doesNotContain("problem member status");
  }

  @Test
  void failOnShouldFailsOnShouldViolationsToo() {
    TestExecutionSummary s = run(StrictClient.class);
    assertThat(s.getTestsFailedCount()).isEqualTo(1);
    assertThat(failureOf(s, "shouldViolation()"))
        .contains("SHOULD: 301 Moved Permanently without Location (RFC 9110 §15.4.2)");
    TestExecutionSummary m = run(MethodLevel.class);
    assertThat(m.getTestsSucceededCount()).isEqualTo(1);
    assertThat(failureOf(m, "strict(HttpClient)")).contains("SHOULD: 301");
  }

  @ConformanceChecked
  @EnabledIfSystemProperty(named = FIXTURES, matches = "run")
  static class RestClient {
    @Test
    void brokenResponseThroughTheFilter() {
      Client client = ClientBuilder.newClient().register(new ConformanceClientFilter(), Integer.MAX_VALUE);
      try (Response r = client.target(server.uri("/405-without-allow")).request().get()) {
        // The application still reads the entity the filter read.
        assertThat(r.readEntity(String.class)).contains("Method Not Allowed");
      } finally {
        client.close();
      }
    }

    @Test
    void conformantResponseThroughTheFilter() {
      Client client = ClientBuilder.newClient().register(ConformanceClientFilter.class);
      try (Response r = client.target(server.uri("/405")).request().get()) {
        JakartaRestAssertions.assertThat(r).isProblem(405).hasExactlyMembers("type", "title", "status");
      } finally {
        client.close();
      }
    }
  }

  @Test
  void jakartaRestClientsAreCheckedThroughTheFilter() {
    TestExecutionSummary s = run(RestClient.class);
    assertThat(s.getTestsSucceededCount()).isEqualTo(1);
    assertThat(failureOf(s, "brokenResponseThroughTheFilter()")).startsWith("1 response(s) break RFC rules:")
        .contains("MUST: 405 Method Not Allowed without Allow", "GET " + server.uri("/405-without-allow") + " -> 405");
  }

  @Test
  void outsideACheckedTestTheFilterFailsTheCall() {
    Client client = ClientBuilder.newClient().register(new ConformanceClientFilter());
    try {
      assertThatThrownBy(() -> client.target(server.uri("/405-without-allow")).request().get().close())
          .hasStackTraceContaining("405 Method Not Allowed without Allow");
      try (Response ok = client.target(server.uri("/405")).request().get()) {
        assertThat(ok.getStatus()).isEqualTo(405);
      }
    } finally {
      client.close();
    }
  }

  @Test
  void jakartaRestResponsesBuiltByAResourceAreReadFromTheirEntity() {
    Response built = Response.status(404).type("application/problem+json").entity("{\"status\":404}").build();
    JakartaRestAssertions.assertThat(built).isProblem(404).hasExactlyMembers("status");
    Response bytes = Response.status(404).type("application/problem+json").entity(new byte[] {'{', '}'}).build();
    JakartaRestAssertions.assertThat(bytes).isProblem(404).hasExactlyMembers();
    JakartaRestAssertions.assertThat(Response.noContent().build()).hasStatus(204).violations()
        .extracting(v -> v.key()).containsExactly("date:Date");
  }

  @Test
  void aWrappedClientDelegatesItsSettings() throws Exception {
    HttpClient inner = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpClient c = new CheckingHttpClient(inner, Severity.MUST, java.util.Set.of());
    assertThat(c.followRedirects()).isEqualTo(HttpClient.Redirect.NORMAL);
    assertThat(c.version()).isEqualTo(inner.version());
    assertThat(c.connectTimeout()).isEqualTo(inner.connectTimeout());
    assertThat(c.cookieHandler()).isEqualTo(inner.cookieHandler());
    assertThat(c.proxy()).isEqualTo(inner.proxy());
    assertThat(c.authenticator()).isEqualTo(inner.authenticator());
    assertThat(c.executor()).isEqualTo(inner.executor());
    assertThat(c.sslContext()).isSameAs(inner.sslContext());
    assertThat(c.sslParameters().getProtocols()).isEqualTo(inner.sslParameters().getProtocols());
    assertThat(c.newWebSocketBuilder()).isNotNull();
    HttpResponse<String> r = c.send(get("/405"), BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThatThrownBy(() -> c.send(get("/405-without-allow"), BodyHandlers.ofString()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("without Allow");
    ((CheckingHttpClient) c).close();
    ((CheckingHttpClient) c).shutdownNow();
    assertThat(List.of(c)).hasSize(1);
  }
}
