package dev.statuskit.cdi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.Problem;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 end to end: Jersey 4 on Grizzly with {@code jersey-cdi1x} and {@code jersey-weld2-se} in a
 * Weld 6 SE container, {@code statuskit-jaxrs} registered only through its {@code Feature} service
 * file. A CDI customizer's member reaches the wire, the response keeps {@code Retry-After} and gets
 * {@code Cache-Control: no-store} (RFC 6585 §4), and a CDI observer counts the problem, while another
 * observer that throws changes nothing.
 */
class JerseyWeldGrizzlyTest {

  /** A CDI bean (request scoped, with an injected bean) so the test also proves Jersey runs it through Weld. */
  @RequestScoped
  @Path("limited")
  public static class LimitedResource {
    @Inject
    Limits limits;

    @GET
    public String get() {
      throw new TooManyRequestsException().retryAfter(limits.retryAfter());
    }
  }

  @ApplicationScoped
  public static class Limits {
    private final AtomicInteger calls = new AtomicInteger();

    Duration retryAfter() {
      calls.incrementAndGet();
      return Duration.ofSeconds(120);
    }

    /** How often the resource asked: only through Weld's injection does the test's instance see the calls. */
    int calls() {
      return calls.get();
    }
  }

  @ApplicationScoped
  @Priority(100)
  public static class TraceIdCustomizer implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      return problem.toBuilder().extension("traceId", "4bf92f3577b34da6a3ce929d0e0e4736").build();
    }
  }

  @ApplicationScoped
  public static class ProblemCounter {
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void onProblem(@Observes ProblemEvent event) {
      counts.computeIfAbsent(event.status().code() + " " + event.method() + " " + event.path(), k -> new AtomicInteger())
          .incrementAndGet();
    }

    Map<String, Integer> counts() {
      Map<String, Integer> copy = new ConcurrentHashMap<>();
      counts.forEach((k, v) -> copy.put(k, v.get()));
      return copy;
    }
  }

  @ApplicationScoped
  public static class ThrowingObserver {
    void onProblem(@Observes @Priority(1) ProblemEvent event) {
      throw new IllegalStateException("metrics backend down");
    }
  }

  private static WeldContainer weld;
  private static HttpServer server;
  private static URI base;

  @BeforeAll
  static void start() {
    // Discovery stays on (it finds jersey-weld2-se's archive); the test's own classes sit in a directory
    // without beans.xml, so they are named here.
    weld = new Weld("jersey-weld").addBeanClasses(LimitedResource.class, Limits.class, TraceIdCustomizer.class,
        ProblemCounter.class, ThrowingObserver.class).initialize();
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(LimitedResource.class));
    base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.shutdownNow();
    }
    if (weld != null) {
      weld.close();
    }
  }

  @Test
  void aCdiCustomizerAndObserverSeeTheProblemOfAJerseyResource() throws Exception {
    ProblemCounter counter = weld.select(ProblemCounter.class).get();
    int before = counter.counts().getOrDefault("429 GET /limited", 0);

    HttpResponse<String> r = Http.get(base.resolve("limited"));

    JsonNode body = Http.problem(r, 429);
    assertThat(Http.members(body)).containsExactlyInAnyOrder("type", "title", "status", "traceId");
    assertThat(body.get("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(body.get("title").asText()).isEqualTo("Too Many Requests");
    assertThat(r.headers().allValues("Retry-After")).containsExactly("120");
    assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(counter.counts()).containsEntry("429 GET /limited", before + 1);
  }

  @Test
  void jerseyRunsTheResourceAsACdiBean() throws Exception {
    // The resource's Limits is Weld's application-scoped instance only if Jersey let Weld create and
    // inject the resource (a resource Jersey made itself would have no Limits, or another one).
    Limits limits = weld.select(Limits.class).get();
    int before = limits.calls();

    Http.problem(Http.get(base.resolve("limited")), 429);

    assertThat(limits.calls()).as("calls of Weld's Limits by the resource").isEqualTo(before + 1);
  }
}
