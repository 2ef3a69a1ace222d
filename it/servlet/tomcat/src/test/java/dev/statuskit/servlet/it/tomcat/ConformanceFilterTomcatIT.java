package dev.statuskit.servlet.it.tomcat;

import static dev.statuskit.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.conformance.Violation;
import dev.statuskit.servlet.ConformanceFilter;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.servlet.it.LocalTomcat;
import dev.statuskit.servlet.it.RecordingConformanceListener;
import dev.statuskit.testsupport.LogCapture;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance guard on Tomcat 11, in front of StatusKit and an application that breaks the
 * rules itself: its 405 is fixed on the wire, its 401 without a challenge reported once.
 */
class ConformanceFilterTomcatIT {

  /** Refuses DELETE with a bare 405: no Allow. */
  public static final class Orders extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setContentType("text/plain");
      resp.getWriter().write("orders");
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(405);
      resp.setContentType("text/plain");
      resp.getWriter().write("no");
    }
  }

  /** Answers 401 without a challenge, in its own problem body. */
  public static final class Admin extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(401);
      resp.setContentType("application/problem+json");
      resp.getOutputStream().write("{\"title\":\"Unauthorized\",\"status\":401}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Refuses GET through StatusKit's sendError, which writes the problem; still no Allow. */
  public static final class Legacy extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.sendError(405);
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) {
      resp.setStatus(204);
    }
  }

  private final HttpClient client = HttpClient.newHttpClient();
  private LocalTomcat server;
  private URI root;
  private LogCapture log;

  private void start(Map<String, String> contextParams) throws Exception {
    server = new LocalTomcat("statuskit-guard");
    Context context = server.context;
    contextParams.forEach(context::addParameter);
    context.addServletContainerInitializer((classes, servletContext) -> {
      // First, so that it sees the response after StatusKit's filter and the application wrote it.
      var guard = servletContext.addFilter("statuskit-conformance", ConformanceFilter.class);
      guard.setAsyncSupported(true);
      guard.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
      StatusKitServlet.register(servletContext);
      servletContext.addServlet("orders", Orders.class).addMapping("/orders");
      servletContext.addServlet("admin", Admin.class).addMapping("/admin/*");
      servletContext.addServlet("legacy", Legacy.class).addMapping("/legacy");
    }, null);
    server.addStatusKitErrorPage();
    server.tomcat.start();
    root = server.root();
  }

  @BeforeEach
  void listen() {
    RecordingConformanceListener.HEARD.clear();
    log = LogCapture.start();
  }

  @AfterEach
  void stop() throws Exception {
    log.close();
    server.stop();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(root.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
        .build(), BodyHandlers.ofString());
  }

  private java.util.List<LogRecord> guardRecords() {
    return log.logger("dev.statuskit.conformance");
  }

  @Test
  void methodNotAllowedWithoutAllowIsFixedOnTheWire() throws Exception {
    start(Map.of());
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> r = send("DELETE", "/orders");
      assertThat(r).hasStatus(405).hasHeader("Allow", "GET, HEAD, OPTIONS").hasContentType("text/plain")
          .hasNoViolations();
      assertThat(r.body()).isEqualTo("no");
    }
    assertThat(RecordingConformanceListener.HEARD).isEmpty();
    assertThat(guardRecords()).singleElement().satisfies(rec -> {
      assertThat(rec.getLevel()).isEqualTo(Level.INFO);
      assertThat(rec.getMessage()).isEqualTo("StatusKit conformance guard: DELETE /orders answered"
          + " MUST: 405 Method Not Allowed without Allow (RFC 9110 §15.5.6); fixed on the response");
    });
  }

  @Test
  void statusKitsOwnProblemForAnApplicationsSendErrorGetsAllowToo() throws Exception {
    start(Map.of());
    HttpResponse<String> r = send("GET", "/legacy");
    assertThat(r).isProblem(405).hasExactlyMembers("type", "title", "status").hasHeader("Allow", "PUT, OPTIONS")
        .isConformant();
  }

  @Test
  void unauthorizedWithoutChallengeIsReportedOnceNotInvented() throws Exception {
    start(Map.of());
    for (String path : new String[] {"/admin/a", "/admin/b", "/admin/a"}) {
      HttpResponse<String> r = send("GET", path);
      assertThat(r).isProblem(401).doesNotHaveHeader("WWW-Authenticate").violations()
          .extracting(Violation::toString)
          .containsExactly("MUST: 401 Unauthorized without WWW-Authenticate (RFC 9110 §15.5.2)");
    }
    assertThat(RecordingConformanceListener.HEARD).containsExactly("GET /admin/* 401 field-required:WWW-Authenticate");
    assertThat(guardRecords()).singleElement().satisfies(rec -> {
      assertThat(rec.getLevel()).isEqualTo(Level.WARNING);
      assertThat(rec.getMessage()).isEqualTo("StatusKit conformance guard: GET /admin/* answered"
          + " MUST: 401 Unauthorized without WWW-Authenticate (RFC 9110 §15.5.2)");
    });
  }

  @Test
  void conformantResponsesPassUntouched() throws Exception {
    start(Map.of());
    HttpResponse<String> r = send("GET", "/orders");
    assertThat(r).hasStatus(200).hasContentType("text/plain").doesNotHaveHeader("Allow").isConformant();
    assertThat(RecordingConformanceListener.HEARD).isEmpty();
    assertThat(guardRecords()).isEmpty();
  }

  @Test
  void theSettingTurnsADeclaredGuardOff() throws Exception {
    start(Map.of("statuskit.conformance-guard", "false"));
    HttpResponse<String> r = send("DELETE", "/orders");
    assertThat(r).hasStatus(405).doesNotHaveHeader("Allow");
    send("GET", "/admin/a");
    assertThat(RecordingConformanceListener.HEARD).isEmpty();
    assertThat(guardRecords()).isEmpty();
  }
}
