package dev.statuskit.servlet.it.tomcat;

import static dev.statuskit.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.conformance.Violation;
import dev.statuskit.servlet.ConformanceFilter;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.servlet.it.LocalTomcat;
import dev.statuskit.testsupport.LogCapture;
import dev.statuskit.testsupport.RecordingConformanceListener;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.EnumSet;
import java.util.Map;
import java.util.logging.Level;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conformance guard on Tomcat 11, in front of StatusKit and an application that breaks the
 * rules itself: its 405 is fixed on the wire, its 401 without a challenge reported once.
 */
class ConformanceFilterTomcatIT {

  /** Refuses DELETE with a bare 405: no Allow. */
  public static class Orders extends HttpServlet {
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

  /**
   * Refuses DELETE with a bare 405 written by an async task, which the filter chain's return does
   * not wait for: {@code /async-orders/wrapped} through {@code startAsync(request, response)}, any
   * other path through {@code startAsync()} and the async context's response.
   */
  public static final class AsyncOrders extends Orders {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) {
      AsyncContext async = "/wrapped".equals(req.getPathInfo()) ? req.startAsync(req, resp) : req.startAsync();
      async.start(() -> {
        try {
          HttpServletResponse later = (HttpServletResponse) async.getResponse();
          later.setStatus(405);
          later.setContentType("text/plain");
          later.getWriter().write("no");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        async.complete();
      });
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
      var async = servletContext.addServlet("async-orders", AsyncOrders.class);
      async.setAsyncSupported(true);
      async.addMapping("/async-orders/*");
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

  @Test
  void methodNotAllowedWithoutAllowIsFixedOnTheWire() throws Exception {
    start(Map.of());
    assertAllowFixed("/orders", "/orders", "/orders");
  }

  /**
   * Each DELETE of the paths gets the application's bare 405 with {@code Allow} added, one {@code
   * Date}, nothing else changed; the guard logs the fix once for the route, and reports nothing.
   */
  private void assertAllowFixed(String route, String... paths) throws Exception {
    for (String path : paths) {
      HttpResponse<String> r = send("DELETE", path);
      assertThat(r).hasStatus(405).hasHeader("Allow", "GET, HEAD, OPTIONS").hasContentType("text/plain")
          .hasNoViolations();
      assertThat(r.headers().allValues("Date")).hasSize(1);
      assertThat(r.body()).isEqualTo("no");
    }
    assertThat(RecordingConformanceListener.HEARD).isEmpty();
    log.assertOneGuardRecord(Level.INFO, "DELETE " + route,
        "MUST: 405 Method Not Allowed without Allow (RFC 9110 §15.5.6); fixed on the response");
  }

  /**
   * An async response is checked too: the filter chain has returned before the application thread
   * writes, and the guard sees the response at the application's first write instead. Its 405 gets
   * {@code Allow}, and the one {@code Date} on the wire.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/async-orders/bare", "/async-orders/wrapped"})
  void methodNotAllowedWithoutAllowWrittenAsynchronouslyIsFixedOnTheWire(String path) throws Exception {
    start(Map.of());
    assertAllowFixed("/async-orders/*", path, path);
    assertThat(send("GET", path).body()).isEqualTo("orders");
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
    log.assertOneGuardRecord(Level.WARNING, "GET /admin/*",
        "MUST: 401 Unauthorized without WWW-Authenticate (RFC 9110 §15.5.2)");
  }

  @Test
  void conformantResponsesPassUntouched() throws Exception {
    start(Map.of());
    HttpResponse<String> r = send("GET", "/orders");
    assertThat(r).hasStatus(200).hasContentType("text/plain").doesNotHaveHeader("Allow").isConformant();
    assertThat(RecordingConformanceListener.HEARD).isEmpty();
    assertThat(log.guard()).isEmpty();
  }

  @Test
  void theSettingTurnsADeclaredGuardOff() throws Exception {
    start(Map.of("statuskit.conformance-guard", "false"));
    HttpResponse<String> r = send("DELETE", "/orders");
    assertThat(r).hasStatus(405).doesNotHaveHeader("Allow");
    send("GET", "/admin/a");
    assertThat(RecordingConformanceListener.HEARD).isEmpty();
    assertThat(log.guard()).isEmpty();
  }
}
