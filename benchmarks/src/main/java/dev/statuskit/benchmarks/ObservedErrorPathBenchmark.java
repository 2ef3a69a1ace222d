package dev.statuskit.benchmarks;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.micrometer.ProblemCounter;
import dev.statuskit.opentelemetry.OpenTelemetryProblemListener;
import dev.statuskit.opentelemetry.OpenTelemetryTraceIdCustomizer;
import dev.statuskit.spi.ProblemEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The error path of {@link ErrorPathBenchmark#statusKit} (build a 429 with {@code Retry-After}, a
 * type and two extensions, take it through the engine, render JSON) with the observability stages
 * off and on, in one run:
 * <ul>
 *   <li>{@code off}: no listener, a request without {@code traceparent}: the engine as
 *       {@code ErrorPathBenchmark} measures it;</li>
 *   <li>{@code traceparent}: the request carries a valid {@code traceparent}, so the problem gets
 *       its {@code traceId} member (core alone);</li>
 *   <li>{@code all}: the request runs in a current SERVER span of the real OpenTelemetry SDK; the
 *       trace id customizer, the OpenTelemetry listener (span attribute, counter on the SDK's meter,
 *       aggregated for a metric reader) and Micrometer's counter on a {@code SimpleMeterRegistry} all
 *       run. The span is made current once per call, as an instrumentation does per request.</li>
 * </ul>
 * The log record of a 4xx is at DEBUG, off by default, in every mode.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ObservedErrorPathBenchmark {

  private static final ProblemEngine.Request PLAIN = ErrorPathBenchmark.REQUEST;
  private static final ProblemEngine.Request TRACED = ProblemEngine.Request.of("GET", "/orders/12345",
      Map.of("Accept", "application/problem+json",
          "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

  /** Which stages run. */
  @Param({"off", "traceparent", "all"})
  public String stages;

  private ProblemEngine engine;
  private ProblemEngine.Request request;
  private OpenTelemetrySdk sdk;
  private Span span;

  /** Builds the engine of the mode, and for {@code all} the SDK, its span and the registry. */
  @Setup(Level.Trial)
  public void setUp() {
    ProblemEngine.Builder builder = ProblemEngine.builder().serviceLoader(false).cdi(false);
    request = stages.equals("off") ? PLAIN : TRACED;
    if (stages.equals("all")) {
      sdk = sdk();
      span = sdk.getTracer("bench").spanBuilder("GET /orders/{id}").setSpanKind(SpanKind.SERVER).startSpan();
      builder.customizer(new OpenTelemetryTraceIdCustomizer())
          .listener(new OpenTelemetryProblemListener(sdk))
          .listener(new ProblemCounter(new SimpleMeterRegistry()));
      request = PLAIN; // the trace id comes from the current span
    }
    engine = builder.build();
  }

  /**
   * An SDK whose spans are real (random ids, attributes, events) but go nowhere, and whose metrics
   * are read in memory. A tracer provider without any span processor hands out no-op spans, whose
   * trace id is invalid: the trace id customizer would then add nothing, and the listener record
   * nothing.
   */
  static OpenTelemetrySdk sdk() {
    SpanProcessor nowhere = new SpanProcessor() {
      @Override
      public void onStart(Context parent, ReadWriteSpan span) {
        // Nothing to do: the span is only to be real.
      }

      @Override
      public boolean isStartRequired() {
        return false;
      }

      @Override
      public void onEnd(ReadableSpan span) {
        // Exported nowhere.
      }

      @Override
      public boolean isEndRequired() {
        return false;
      }
    };
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(nowhere).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(InMemoryMetricReader.create()).build())
        .build();
  }

  /** Ends the span and closes the SDK. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (sdk != null) {
      span.end();
      sdk.close();
    }
  }

  /**
   * Builds, resolves and writes the 429 with the mode's stages.
   *
   * @return the engine's answer
   */
  @Benchmark
  @SuppressWarnings("try") // the scope is only closed: it makes the span current meanwhile
  public ProblemEvent statusKit() {
    if (span == null) {
      return engine.handle(ErrorPathBenchmark.statusKitException(), request);
    }
    try (io.opentelemetry.context.Scope s = span.makeCurrent()) {
      return engine.handle(ErrorPathBenchmark.statusKitException(), request);
    }
  }
}
