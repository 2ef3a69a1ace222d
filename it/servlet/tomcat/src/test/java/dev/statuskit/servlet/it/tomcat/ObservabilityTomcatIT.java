package dev.statuskit.servlet.it.tomcat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.NotFoundException;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.testsupport.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * StatusKit's OpenTelemetry and Micrometer listeners end to end behind the servlet filter on
 * embedded Tomcat, with the real SDK: a thrown exception, a typed exception and a
 * {@code sendError} each give the span and both counters exactly what they should.
 */
class ObservabilityTomcatIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
  private static final AttributeKey<String> PROBLEM_TYPE = AttributeKey.stringKey("statuskit.problem.type");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private static Tomcat tomcat;
  private static Path baseDir;
  private static URI base;
  private final HttpClient client = HttpClient.newHttpClient();

  /** Stands in for the agent's server instrumentation: a SERVER span around the whole chain. */
  public static final class ServerSpan implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) req;
      try (AutoCloseable span = Telemetry.serverSpan(http.getMethod(), http.getRequestURI(), http::getHeader)) {
        chain.doFilter(req, resp);
      } catch (IOException | ServletException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The application's failures. */
  public static final class Failing extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      switch (req.getPathInfo()) {
        case "/boom" -> throw new IllegalStateException("disk full");
        case "/missing" -> throw new NotFoundException("No order 7.");
        default -> resp.sendError(503, "upstream down");
      }
    }
  }

  @BeforeAll
  static void start() throws Exception {
    Telemetry.install();
    baseDir = Files.createTempDirectory("statuskit-tomcat-otel");
    tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", baseDir.toString());
    context.addParameter("statuskit.replace-send-error", "true");
    context.addServletContainerInitializer((classes, servletContext) -> {
      // First, so that it runs before StatusKit's filter, as an agent's instrumentation does.
      servletContext.addFilter("server-span", ServerSpan.class)
          .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
      StatusKitServlet.register(servletContext);
      servletContext.addServlet("failing", Failing.class).addMapping("/f/*");
    }, null);
    tomcat.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  @AfterAll
  static void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
    try (var files = Files.walk(baseDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  @BeforeEach
  void forget() {
    Telemetry.reset();
  }

  @Test
  void aThrownServerErrorFailsTheSpanWithTheException() throws Exception {
    HttpResponse<String> r = countedProblem("f/boom", 500, IllegalStateException.class.getName(),
        "type", "title", "status", "instance", "traceId");
    assertThat(JSON.readTree(r.body()).get("traceId").asText()).isEqualTo(TRACE_ID);
    assertThat(r.body()).doesNotContain("disk full");

    SpanData span = Telemetry.serverSpan(TRACE_ID);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().asMap()).containsOnly(
        Map.entry(PROBLEM_TYPE, "about:blank"), Map.entry(ERROR_TYPE, IllegalStateException.class.getName()));
    assertThat(span.getEvents()).singleElement().satisfies(e -> {
      assertThat(e.getName()).isEqualTo("exception");
      assertThat(e.getAttributes().get(AttributeKey.stringKey("exception.message"))).isEqualTo("disk full");
    });
  }

  @Test
  void aTypedClientErrorLeavesTheSpanStatusUnset() throws Exception {
    HttpResponse<String> r = countedProblem("f/missing", 404, NotFoundException.class.getName(),
        "type", "title", "status", "detail", "traceId");
    assertThat(JSON.readTree(r.body()).get("detail").asText()).isEqualTo("No order 7.");

    SpanData span = Telemetry.serverSpan(TRACE_ID);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().asMap()).containsOnly(Map.entry(PROBLEM_TYPE, "about:blank"));
    assertThat(span.getEvents()).isEmpty();
  }

  /** A status without an exception: error.type is the status code, no exception event, the tag is "none". */
  @Test
  void sendErrorOfAServerErrorFailsTheSpanWithTheStatusAsErrorType() throws Exception {
    countedProblem("f/send-error", 503, null, "type", "title", "status", "instance", "traceId");

    SpanData span = Telemetry.serverSpan(TRACE_ID);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().asMap()).containsOnly(Map.entry(PROBLEM_TYPE, "about:blank"), Map.entry(ERROR_TYPE, "503"));
    assertThat(span.getEvents()).isEmpty();
  }

  /**
   * Sends {@code GET path} with the traceparent: the answer is an {@code about:blank} JSON problem of
   * the status with exactly the members, counted once by each listener (OpenTelemetry's series and
   * Micrometer's tag name the exception's class, or none).
   */
  private HttpResponse<String> countedProblem(String path, int status, @Nullable String exception, String... members)
      throws Exception {
    String tag = exception == null ? "none" : exception;
    double before = Telemetry.micrometerCount(status, "about:blank", tag);
    HttpResponse<String> r = get(path);

    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(names(JSON.readTree(r.body()))).containsExactlyInAnyOrder(members);
    assertThat(Telemetry.problemCounts()).containsOnly(Map.entry(Telemetry.series(status, "about:blank", exception), 1L));
    assertThat(Telemetry.micrometerCount(status, "about:blank", tag) - before).isEqualTo(1.0);
    return r;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(base.resolve(path)).header("traceparent", TRACEPARENT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> names(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
