package dev.statuskit.tomcat;

import static dev.statuskit.tomcat.TomcatServer.MARKER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.testsupport.MalformedRequests;
import dev.statuskit.testsupport.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors Tomcat raises in its connector and host, before any filter, answered by
 * {@link ProblemErrorReportValve}: raw requests a client library could not send, on Tomcat 11 (and
 * on 10.1 through {@link ConnectorErrorsTomcat10Test}).
 * Regression: Tomcat's HTML error report, which echoes the rejected request line or header line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TomcatConnectorErrorsIT {

  TomcatServer problems;
  TomcatServer tomcats;

  /** The Tomcat line this class runs on. */
  String expectedVersion() {
    return "11.0.";
  }

  @BeforeAll
  void start() throws Exception {
    problems = TomcatServer.start(true);
    tomcats = TomcatServer.start(false);
  }

  @AfterAll
  void stop() throws Exception {
    for (TomcatServer s : new TomcatServer[] {problems, tomcats}) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Test
  void runsTheIntendedVersion() {
    assertThat(ServerInfo.getServerNumber()).startsWith(expectedVersion());
  }

  /** The raw request for a case; {@code accept} is an {@code Accept} field line or empty. */
  static String request(TomcatServer server, String name, String accept) {
    return MalformedRequests.request(name, server.app.getPort(), accept);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "encoded slash            | 400 | json",
      "bad Content-Length       | 400 | json",
      "two Content-Lengths      | 400 | json",
      "invalid request line     | 400 | json",
      "invalid request target   | 400 | json",
      "invalid header line      | 400 | json",
      "oversized header section | 431 | json",
      "too many header fields   | 431 | json",
      "no context               | 404 | json",
      // Tomcat had parsed the header section: a browser gets the page.
      "bad Content-Length, from a browser | 400 | html",
      "no context, from a browser | 404 | html",
      // The request line failed: Tomcat never read Accept, so JSON.
      "invalid request line, from a browser | 400 | json",
  })
  void connectorErrorsAreProblemsThatCloseTheConnection(String name, int status, String representation)
      throws Exception {
    String accept = name.contains("browser") ? "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n" : "";
    List<Pipeline.Response> got = MalformedRequests.send(problems.app, name.split(",")[0], accept);

    Pipeline.Response r = Pipeline.refused(got, status);
    r.assertFramedWithOneDate(name);
    assertThat(r.all("Cache-Control")).containsExactly("no-store");
    assertThat(r.body).doesNotContain(MARKER).doesNotContain("Tomcat");
    assertProblem(r, status, representation);
  }

  /** Asserts the body is the status's own problem, and nothing else. */
  static void assertProblem(Pipeline.Response r, int status, String representation) throws Exception {
    if (representation.equals("html")) {
      assertThat(r.all("Content-Type")).containsExactly("text/html;charset=UTF-8");
      assertThat(r.body).contains("<html").contains("<title>" + status + " ");
      return;
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String line : r.headerLines) {
      int colon = line.indexOf(':');
      fields.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
    }
    ProblemAssertions.assertThatResponse(r.status, fields, r.body.getBytes(StandardCharsets.UTF_8)).isProblem(status)
        .hasHeader("Content-Type", "application/problem+json").hasExactlyMembers("type", "title", "status")
        .hasType("about:blank").hasMember("status", status).isConformant();
  }

  /** Without the valve, Tomcat's own page answers, and puts the rejected input in it: the check above can fail. */
  @ParameterizedTest
  @ValueSource(strings = {"invalid request line", "invalid request target", "invalid header line"})
  void tomcatsOwnReportEchoesTheRejectedLine(String name) throws Exception {
    Pipeline.Response r = Pipeline.send(tomcats.app, null, request(tomcats, name, "")).get(0);

    assertThat(r.status).isEqualTo(400);
    assertThat(r.all("Content-Type")).containsExactly("text/html;charset=utf-8");
    assertThat(r.body).contains(MARKER);
  }

  /** Tomcat's own report answers an oversized header section 400; the valve makes it 431. */
  @Test
  void tomcatsOwnReportAnswersAnOversizedHeaderSection400() throws Exception {
    Pipeline.Response r = Pipeline.send(tomcats.app, null, request(tomcats, "oversized header section", "")).get(0);

    assertThat(r.status).isEqualTo(400);
  }

  @Test
  void headOutsideAnyContextHasTheLengthButNoBody() throws Exception {
    List<Pipeline.Response> got = Pipeline.send(problems.app, new boolean[] {true, false},
        "HEAD /" + MARKER + " HTTP/1.1\r\n" + problems.host() + "\r\n", Pipeline.request("GET", problems.app.resolve("ok")));

    assertThat(got).hasSize(1);
    Pipeline.Response r = got.get(0);
    assertThat(r.status).isEqualTo(404);
    assertThat(r.closes()).isTrue();
    assertThat(r.all("Content-Type")).containsExactly("application/problem+json");
    assertThat(r.all("Content-Length")).containsExactly(
        Integer.toString("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}".length()));
    assertThat(r.all("Date")).hasSize(1);
    assertThat(r.body).isEmpty();
  }

  /** An application's {@code sendError} with no error page: a problem, and the connection stays usable. */
  @Test
  void anApplicationsSendErrorIsAProblemOnAConnectionKeptAlive() throws Exception {
    List<Pipeline.Response> got = Pipeline.send(problems.app, null,
        Pipeline.request("GET", problems.app.resolve("send-error")), Pipeline.request("GET", problems.app.resolve("ok")));

    assertThat(got).hasSize(2);
    Pipeline.Response r = got.get(0);
    assertThat(r.status).isEqualTo(404);
    assertThat(r.closes()).as("%s", r).isFalse();
    r.assertFramedWithOneDate("sendError");
    assertThat(r.body).doesNotContain(MARKER).doesNotContain("script");
    assertProblem(r, 404, "json");
    assertThat(r.all("Cache-Control")).as("the application's own").containsExactly("max-age=60");
    assertThat(r.all("X-App")).containsExactly("kept");
    assertThat(got.get(1).status).isEqualTo(200);
    assertThat(got.get(1).body).isEqualTo("ok");
  }

  /** A response the application wrote itself is not an error report: left as it is. */
  @Test
  void aResponseWithContentIsLeftAlone() throws Exception {
    Pipeline.Response r = Pipeline.send(problems.app, null, Pipeline.request("GET", problems.app.resolve("own-body")))
        .get(0);

    assertThat(r.status).isEqualTo(409);
    assertThat(r.all("Content-Type")).containsExactly("text/plain;charset=ISO-8859-1");
    assertThat(r.body).isEqualTo("mine");
  }

  /**
   * With a root context every path is in a context: a rejected URI is still the valve's problem, and
   * Tomcat closes the connection after a 400 by itself.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "encoded slash        | 400",
      "invalid request line | 400",
  })
  void withARootContextConnectorErrorsAreStillProblems(String name, int status) throws Exception {
    try (TomcatServer root = TomcatServer.start(true, "")) {
      String request = request(root, name, "").replace("/app/", "/");
      List<Pipeline.Response> got = Pipeline.send(root.app, null, request,
          Pipeline.request("GET", root.app.resolve("ok")));

      assertThat(got).hasSize(1);
      Pipeline.Response r = got.get(0);
      assertThat(r.status).as("%s", r).isEqualTo(status);
      assertThat(r.closes()).as("%s", r).isTrue();
      r.assertFramedWithOneDate(name);
      assertThat(r.body).doesNotContain(MARKER);
      assertProblem(r, status, "json");
    }
  }
}
