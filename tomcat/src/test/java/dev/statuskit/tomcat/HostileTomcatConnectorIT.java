package dev.statuskit.tomcat;

import static dev.statuskit.tomcat.TomcatServer.MARKER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testsupport.Pipeline;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile input to {@link ProblemErrorReportValve}: markup and the marker in every place a client
 * or an application controls (the request line, header fields, {@code Accept}, a {@code sendError}
 * message, an exception message), and an application that left its response half prepared. Nothing
 * of it comes back, and every answer is a whole, framed problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTomcatConnectorIT {

  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

  TomcatServer server;

  @BeforeAll
  void start() throws Exception {
    server = TomcatServer.start(true);
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private Pipeline.Response one(String request) throws Exception {
    List<Pipeline.Response> got = Pipeline.send(server.app, null, request);
    assertThat(got).hasSize(1);
    Pipeline.Response r = got.get(0);
    r.assertFramedWithOneDate(request.lines().findFirst().orElse(""));
    assertThat(r.body).doesNotContain(MARKER).doesNotContain("<script").doesNotContain("<b>")
        .doesNotContain("jdbc:").doesNotContain("Tomcat").doesNotContain("Exception");
    return r;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Markup in Accept itself: the page is chosen, nothing of the field is written.
      "markup in Accept     | text/html;x=\"<script>" + MARKER + "</script>\" | 404 | html",
      "markup in the path   | " + BROWSER + " | 404 | html",
      "NUL in the path      | " + BROWSER + " | 400 | json",
      "bare CR in a field   | " + BROWSER + " | 400 | html",
      "space before a colon | " + BROWSER + " | 400 | html",
  })
  void hostileRequestsAreNotEchoed(String name, String accept, int status, String representation) throws Exception {
    String host = server.host();
    String acceptLine = "Accept: " + accept + "\r\n";
    String request = switch (name.strip()) {
      case "markup in Accept" -> "GET /" + MARKER + " HTTP/1.1\r\n" + host + acceptLine + "\r\n";
      case "markup in the path" -> "GET /%3Cscript%3E" + MARKER + " HTTP/1.1\r\n" + host + acceptLine + "\r\n";
      case "NUL in the path" -> "GET /app/ok\0" + MARKER + " HTTP/1.1\r\n" + host + acceptLine + "\r\n";
      case "bare CR in a field" -> "GET /app/ok HTTP/1.1\r\n" + host + acceptLine + "X-A: 1\r" + MARKER + "\r\n\r\n";
      // RFC 9112 §5.1: a server must reject whitespace between a field name and the colon.
      case "space before a colon" -> "GET /app/ok HTTP/1.1\r\n" + host + acceptLine + "X-" + MARKER + " : 1\r\n\r\n";
      default -> throw new IllegalArgumentException(name);
    };

    Pipeline.Response r = one(request);

    assertThat(r.status).as("%s", r).isEqualTo(status);
    assertThat(r.closes()).as("%s", r).isTrue();
    TomcatConnectorErrorsIT.assertProblem(r, status, representation);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "send-error | 404 | */*",
      "send-error | 404 | " + BROWSER,
      "throw      | 500 | */*",
      "throw      | 500 | " + BROWSER,
  })
  void applicationMessagesAndExceptionsAreNotEchoed(String path, int status, String accept) throws Exception {
    Pipeline.Response r = one(Pipeline.request("GET", server.app.resolve(path), "Accept", accept));

    assertThat(r.status).isEqualTo(status);
    TomcatConnectorErrorsIT.assertProblem(r, status, accept.contains("text/html") ? "html" : "json");
  }

  /** The application took the writer with its own charset: the problem's Content-Type is still exact. */
  @Test
  void aWriterTakenBeforeSendErrorDoesNotChangeTheProblem() throws Exception {
    Pipeline.Response r = one(Pipeline.request("GET", server.app.resolve("writer-then-error")));

    assertThat(r.status).isEqualTo(400);
    TomcatConnectorErrorsIT.assertProblem(r, 400, "json");
  }

  /** A code no RFC registers is answered with its class's generic status, never with a made-up title. */
  @Test
  void anUnregisteredErrorCodeIsAnsweredWithItsClass() throws Exception {
    Pipeline.Response r = one(Pipeline.request("GET", server.app.resolve("unknown-code")));

    assertThat(r.status).isEqualTo(400);
    TomcatConnectorErrorsIT.assertProblem(r, 400, "json");
  }
}
