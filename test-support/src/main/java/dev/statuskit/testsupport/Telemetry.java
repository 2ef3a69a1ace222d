package dev.statuskit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The real OpenTelemetry SDK (in-memory span exporter, delta metric reader) installed as the global
 * OpenTelemetry, and a Micrometer {@link SimpleMeterRegistry} in Micrometer's global registry: what
 * StatusKit's ServiceLoader listeners find in an application that runs an agent or the SDK.
 *
 * <p>{@link #serverSpan} stands in for the agent's HTTP server instrumentation: a SERVER span whose
 * parent is the request's {@code traceparent}, current while the request is handled.
 */
public final class Telemetry {

  /** Finished spans. */
  public static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
  /** Metrics since the last collection. */
  public static final InMemoryMetricReader METRICS = InMemoryMetricReader.createDelta();
  /** Micrometer's registry, added to {@link Metrics#globalRegistry}. */
  public static final SimpleMeterRegistry MICROMETER = new SimpleMeterRegistry();

  private static final OpenTelemetrySdk SDK;

  static {
    SDK = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(METRICS).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
    // An earlier suite in the same JVM may have read the global (then a no-op) already.
    GlobalOpenTelemetry.resetForTest();
    GlobalOpenTelemetry.set(SDK);
    Metrics.addRegistry(MICROMETER);
  }

  private Telemetry() {}

  /** Installs the SDK and the registry (once per JVM) and forgets what earlier tests recorded. */
  public static void install() {
    reset();
  }

  /** Forgets the spans and the metrics recorded so far. */
  public static void reset() {
    SPANS.reset();
    METRICS.collectAllMetrics();
  }

  @SuppressWarnings("deprecation") // keys(): still abstract, though the W3C propagator never calls it
  private static final TextMapGetter<Function<String, String>> HEADERS = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(Function<String, String> carrier) {
      return List.of("traceparent", "tracestate");
    }

    @Override
    public String get(Function<String, String> carrier, String key) {
      return carrier == null ? null : carrier.apply(key);
    }
  };

  /**
   * Starts a SERVER span as HTTP server instrumentation does, made current until the returned scope
   * is closed, which also ends the span.
   *
   * @param method the request method
   * @param path the request path
   * @param header reads a request header field
   * @return closes the scope and ends the span
   */
  public static AutoCloseable serverSpan(String method, String path, Function<String, String> header) {
    Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), header, HEADERS);
    Span span = SDK.getTracer("test-instrumentation").spanBuilder(method + " " + path)
        .setSpanKind(SpanKind.SERVER).setParent(parent).startSpan();
    Scope scope = span.makeCurrent();
    return () -> {
      scope.close();
      span.end();
    };
  }

  /**
   * The one SERVER span of a trace, waiting for the instrumentation to end it (it ends after the
   * response has been sent).
   *
   * @param traceId the trace
   * @return the finished span
   */
  public static SpanData serverSpan(String traceId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      List<SpanData> spans = SPANS.getFinishedSpanItems().stream()
          .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER).toList();
      if (!spans.isEmpty() || System.nanoTime() > deadline) {
        assertThat(spans).as("server spans of trace %s", traceId).hasSize(1);
        return spans.get(0);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /**
   * The OpenTelemetry counter {@code statuskit.problems} since the last collection, by attributes.
   *
   * @return each series' attributes and its increment
   */
  public static Map<Attributes, Long> problemCounts() {
    Map<Attributes, Long> counts = new HashMap<>();
    for (MetricData m : METRICS.collectAllMetrics()) {
      if (m.getName().equals("statuskit.problems")) {
        for (LongPointData p : m.getLongSumData().getPoints()) {
          counts.merge(p.getAttributes(), p.getValue(), Long::sum);
        }
      }
    }
    return counts;
  }

  /**
   * The Micrometer counter {@code statuskit.problems} of one series, 0 when it does not exist.
   *
   * @param status the status tag
   * @param type the type tag
   * @param exception the exception tag
   * @return its count
   */
  public static double micrometerCount(int status, String type, String exception) {
    Counter c = MICROMETER.find("statuskit.problems").tag("status", Integer.toString(status)).tag("type", type)
        .tag("exception", exception).counter();
    return c == null ? 0 : c.count();
  }

  /**
   * The attributes of the counter's series.
   *
   * @param status status code
   * @param type problem type
   * @param exception exception class, or {@code null} when there is none
   * @return the attributes
   */
  public static Attributes series(int status, String type, String exception) {
    var b = Attributes.builder().put(AttributeKey.longKey("http.response.status_code"), (long) status)
        .put(AttributeKey.stringKey("statuskit.problem.type"), type);
    if (exception != null) {
      b.put(AttributeKey.stringKey("exception.type"), exception);
    }
    return b.build();
  }
}
