package dev.statuskit.servlet.it.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.servlet.it.OkServlet;
import dev.statuskit.servlet.jetty.ProblemErrorHandler;
import dev.statuskit.testsupport.LocalJetty;
import dev.statuskit.testsupport.MalformedRequests;
import dev.statuskit.testsupport.Pipeline;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Errors Jetty 12.1 raises in its connector, before any context or filter, answered by
 * {@link ProblemErrorHandler} on the server: raw requests a client library could not send.
 * Regression: Jetty's own HTML (or JSON) error with its parser's message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JettyConnectorErrorsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKER = MalformedRequests.MARKER;

  private Server server;
  private URI base;

  @BeforeAll
  void start() throws Exception {
    server = LocalJetty.server();
    ServletContextHandler context = new ServletContextHandler("/app");
    context.addServlet(new ServletHolder(new OkServlet()), "/ok");
    server.setHandler(context);
    server.setErrorHandler(new ProblemErrorHandler());
    server.start();
    base = LocalJetty.uri(server, "/app/");
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bad Content-Length      | 400 | json",
      "two Content-Lengths     | 400 | json",
      "invalid request line    | 400 | json",
      "oversized header section| 431 | json",
      // A parse error leaves Jetty without the request's fields, so JSON; outside any context the
      // fields are known, and a browser gets the page.
      "bad Content-Length, from a browser | 400 | json",
      "no context, from a browser | 404 | html",
  })
  void connectorErrorsAreProblemsThatCloseTheConnection(String name, int status, String representation)
      throws Exception {
    String accept = name.contains("browser") ? "Accept: text/html,*/*;q=0.8\r\n" : "";
    List<Pipeline.Response> got = MalformedRequests.send(base, name.split(",")[0], accept);

    Pipeline.Response r = Pipeline.refused(got, status);
    assertThat(r.all("Date")).as("%s", r).hasSize(1);
    assertThat(r.body).doesNotContain(MARKER);
    if (representation.equals("html")) {
      assertThat(r.all("Content-Type")).containsExactly("text/html;charset=UTF-8");
      assertThat(r.body).contains("<html").contains(Integer.toString(status));
      return;
    }
    assertThat(r.all("Content-Type")).containsExactly("application/problem+json");
    JsonNode body = JSON.readTree(r.body);
    List<String> members = new ArrayList<>();
    body.fieldNames().forEachRemaining(members::add);
    assertThat(members).containsExactly("type", "title", "status");
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("type").asText()).isEqualTo("about:blank");
  }
}
