package dev.statuskit.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.statuskit.HttpStatus;
import dev.statuskit.NotFoundException;
import dev.statuskit.Problem;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenTelemetryProblemListenerTest {

  private static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");
  private static final URI OUT_OF_STOCK = URI.create("https://example.org/problems/out-of-stock");

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
      .build();
  private final ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).cdi(false)
      .map(OutOfStock.class, 409, OUT_OF_STOCK, "Out of stock")
      .listener(new OpenTelemetryProblemListener(sdk))
      .customizer(new OpenTelemetryTraceIdCustomizer("traceId"))
      .build();

  private static final ProblemEngine.Request GET = ProblemEngine.Request.of("GET", "/orders/42");

  static final class OutOfStock extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @AfterEach
  void closeSdk() {
    sdk.close();
  }

  /** Handles inside a current SERVER span, then ends it. */
  private ProblemEvent inSpan(Function<ProblemEngine, ProblemEvent> handling) {
    Span span = sdk.getTracer("test").spanBuilder("GET /orders/{id}").setSpanKind(SpanKind.SERVER).startSpan();
    try (Scope s = span.makeCurrent()) {
      return handling.apply(engine);
    } finally {
      span.end();
    }
  }

  private SpanData onlySpan() {
    assertThat(spans.getFinishedSpanItems()).hasSize(1);
    return spans.getFinishedSpanItems().get(0);
  }

  private List<LongPointData> counterPoints() {
    List<MetricData> all = metrics.collectAllMetrics().stream()
        .filter(m -> m.getName().equals("statuskit.problems")).collect(Collectors.toList());
    assertThat(all).hasSize(1);
    MetricData counter = all.get(0);
    assertThat(counter.getUnit()).isEqualTo("{problem}");
    assertThat(counter.getDescription()).isNotEmpty();
    assertThat(counter.getLongSumData().isMonotonic()).isTrue();
    return List.copyOf(counter.getLongSumData().getPoints());
  }

  private Map<Attributes, Long> counts() {
    return counterPoints().stream().collect(Collectors.toMap(LongPointData::getAttributes, LongPointData::getValue));
  }

  @Test
  void aServerErrorMarksTheSpanAsAnErrorWithTheException() {
    IllegalStateException boom = new IllegalStateException("pool exhausted");
    ProblemEvent r = inSpan(e -> e.handle(boom, GET));

    SpanData span = onlySpan();
    assertThat(r.status().code()).isEqualTo(500);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getEvents()).hasSize(1);
    EventData event = span.getEvents().get(0);
    assertThat(event.getName()).isEqualTo("exception");
    assertThat(event.getAttributes().get(OpenTelemetryProblemListener.EXCEPTION_TYPE))
        .isEqualTo("java.lang.IllegalStateException");
    assertThat(event.getAttributes().get(EXCEPTION_MESSAGE)).isEqualTo("pool exhausted");
    assertThat(span.getAttributes().get(OpenTelemetryProblemListener.ERROR_TYPE))
        .isEqualTo("java.lang.IllegalStateException");
    assertThat(span.getAttributes().get(OpenTelemetryProblemListener.PROBLEM_TYPE)).isEqualTo("about:blank");
    assertThat(r.problem().extensions()).containsEntry("traceId", span.getTraceId());
  }

  @Test
  void aClientErrorLeavesTheSpanStatusUnset() {
    ProblemEvent r = inSpan(e -> e.handle(new NotFoundException("No order 42."), GET));

    SpanData span = onlySpan();
    assertThat(r.status().code()).isEqualTo(404);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getEvents()).isEmpty();
    assertThat(span.getAttributes().get(OpenTelemetryProblemListener.ERROR_TYPE)).isNull();
    assertThat(span.getAttributes().get(OpenTelemetryProblemListener.PROBLEM_TYPE)).isEqualTo("about:blank");
    assertThat(r.problem().extensions()).containsEntry("traceId", span.getTraceId());
  }

  @Test
  void aServerErrorWithoutAnExceptionNamesItsStatusAsTheErrorType() {
    ProblemEvent r = inSpan(e -> e.complete(e.forStatus(HttpStatus.BAD_GATEWAY, HeaderFields.empty(), null, null, null),
        GET));

    SpanData span = onlySpan();
    assertThat(r.exception()).isEmpty();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getEvents()).isEmpty();
    assertThat(span.getAttributes().get(OpenTelemetryProblemListener.ERROR_TYPE)).isEqualTo("502");
    assertThat(counts()).containsExactly(Map.entry(Attributes.of(
        OpenTelemetryProblemListener.STATUS_CODE, 502L, OpenTelemetryProblemListener.PROBLEM_TYPE, "about:blank"), 1L));
  }

  @Test
  void withoutACurrentSpanOnlyTheCounterCounts() {
    ProblemEvent r = engine.handle(new IllegalStateException("boom"), GET);

    assertThat(Span.current().getSpanContext().isValid()).isFalse();
    assertThat(spans.getFinishedSpanItems()).isEmpty();
    assertThat(r.problem().extensions()).doesNotContainKey("traceId");
    assertThat(counts()).containsExactly(Map.entry(Attributes.of(
        OpenTelemetryProblemListener.STATUS_CODE, 500L, OpenTelemetryProblemListener.PROBLEM_TYPE, "about:blank",
        OpenTelemetryProblemListener.EXCEPTION_TYPE, "java.lang.IllegalStateException"), 1L));
  }

  @Test
  void theCounterCountsEachProblemOnceByStatusTypeAndExceptionClass() {
    engine.handle(new NotFoundException(), GET);
    engine.handle(new NotFoundException(), ProblemEngine.Request.of("DELETE", "/orders/7"));
    engine.handle(new OutOfStock(), GET);
    engine.handle(new IllegalStateException("a"), GET);
    engine.handle(new IllegalArgumentException("b"), GET);
    engine.handle(new IllegalStateException("c"), GET);
    inSpan(e -> e.handle(new NotFoundException(), GET));
    engine.complete(engine.forStatus(HttpStatus.BAD_GATEWAY, HeaderFields.empty(), null, null, null), GET);

    assertThat(counts()).containsOnly(
        Map.entry(Attributes.of(OpenTelemetryProblemListener.STATUS_CODE, 404L,
            OpenTelemetryProblemListener.PROBLEM_TYPE, "about:blank",
            OpenTelemetryProblemListener.EXCEPTION_TYPE, "dev.statuskit.NotFoundException"), 3L),
        Map.entry(Attributes.of(OpenTelemetryProblemListener.STATUS_CODE, 409L,
            OpenTelemetryProblemListener.PROBLEM_TYPE, OUT_OF_STOCK.toString(),
            OpenTelemetryProblemListener.EXCEPTION_TYPE, OutOfStock.class.getName()), 1L),
        Map.entry(Attributes.of(OpenTelemetryProblemListener.STATUS_CODE, 500L,
            OpenTelemetryProblemListener.PROBLEM_TYPE, "about:blank",
            OpenTelemetryProblemListener.EXCEPTION_TYPE, "java.lang.IllegalStateException"), 2L),
        Map.entry(Attributes.of(OpenTelemetryProblemListener.STATUS_CODE, 500L,
            OpenTelemetryProblemListener.PROBLEM_TYPE, "about:blank",
            OpenTelemetryProblemListener.EXCEPTION_TYPE, "java.lang.IllegalArgumentException"), 1L),
        Map.entry(Attributes.of(OpenTelemetryProblemListener.STATUS_CODE, 502L,
            OpenTelemetryProblemListener.PROBLEM_TYPE, "about:blank"), 1L));
  }

  @Test
  void distinctPathsAndInstancesDoNotAddSeries() {
    Logger engineLog = Logger.getLogger("dev.statuskit");
    Level level = engineLog.getLevel();
    engineLog.setLevel(Level.OFF); // 5,000 records of 500s would only slow the test down
    try {
      for (int i = 0; i < 10_000; i++) {
        ProblemEngine.Request request = ProblemEngine.Request.of(i % 2 == 0 ? "GET" : "POST", "/orders/" + i);
        if (i % 2 == 0) {
          engine.handle(new NotFoundException("No order " + i + ".").instance(URI.create("/orders/" + i)), request);
        } else {
          engine.handle(new IllegalStateException("failure " + i), request); // a fresh occurrence id each
        }
      }
    } finally {
      engineLog.setLevel(level);
    }

    assertThat(counterPoints()).hasSize(2);
    assertThat(counts()).containsOnly(
        Map.entry(Attributes.of(OpenTelemetryProblemListener.STATUS_CODE, 404L,
            OpenTelemetryProblemListener.PROBLEM_TYPE, "about:blank",
            OpenTelemetryProblemListener.EXCEPTION_TYPE, "dev.statuskit.NotFoundException"), 5_000L),
        Map.entry(Attributes.of(OpenTelemetryProblemListener.STATUS_CODE, 500L,
            OpenTelemetryProblemListener.PROBLEM_TYPE, "about:blank",
            OpenTelemetryProblemListener.EXCEPTION_TYPE, "java.lang.IllegalStateException"), 5_000L));
  }

  @Test
  void anOpenTelemetryThatThrowsNeverChangesTheResponse() {
    ProblemEngine plain = ProblemEngine.builder().serviceLoader(false).cdi(false).occurrenceIds(() -> URI.create("urn:x"))
        .build();
    ProblemEngine failing = plain.toBuilder().listener(new OpenTelemetryProblemListener(failing(true)))
        .customizer(new OpenTelemetryTraceIdCustomizer("traceId")).build();
    ProblemEngine failingCounter = plain.toBuilder().listener(new OpenTelemetryProblemListener(failing(false))).build();
    ProblemEvent expected = plain.handle(new IllegalStateException("boom"), GET);
    List<String> warnings = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel() == Level.WARNING) {
          warnings.add(record.getMessage() + " / " + record.getThrown().getMessage());
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    Logger log = Logger.getLogger("dev.statuskit");
    log.addHandler(capture);

    Span throwingSpan = proxy(Span.class);
    try (Scope s = Context.root().with(throwingSpan).makeCurrent()) {
      for (ProblemEngine e : List.of(failing, failingCounter, failing, failingCounter)) {
        ProblemEvent[] r = new ProblemEvent[1];
        assertThatCode(() -> r[0] = e.handle(new IllegalStateException("boom"), GET)).doesNotThrowAnyException();
        assertThat(r[0].status()).isEqualTo(expected.status());
        assertThat(r[0].headers().asMap()).isEqualTo(expected.headers().asMap());
        Problem withoutTraceId = r[0].problem().toBuilder().extension("traceId", null).build();
        assertThat(withoutTraceId).isEqualTo(expected.problem().toBuilder().extension("traceId", null).build());
      }
    } finally {
      log.removeHandler(capture);
    }
    // One per listener and kind of failure, though each failed twice; the failing meter provider was
    // reported when the listener was made, before the capture.
    String suffix = "; responses are unaffected, and further failures of this kind are not logged / ";
    assertThat(warnings).containsExactlyInAnyOrder(
        "OpenTelemetry failed annotating the current span" + suffix + "failing Span.setAttribute",
        "OpenTelemetry failed annotating the current span" + suffix + "failing Span.setAttribute",
        "OpenTelemetry failed counting a problem" + suffix + "failing LongCounter.add");
  }

  /**
   * An OpenTelemetry whose meter provider throws at once ({@code atBuild}), or whose counter throws
   * when it counts.
   */
  private static OpenTelemetry failing(boolean atBuild) {
    return new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        return TracerProvider.noop();
      }

      @Override
      public MeterProvider getMeterProvider() {
        if (atBuild) {
          throw new IllegalStateException("meter provider unavailable");
        }
        return proxy(MeterProvider.class);
      }

      @Override
      public ContextPropagators getPropagators() {
        return ContextPropagators.noop();
      }
    };
  }

  private static final SpanContext VALID = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
      TraceFlags.getSampled(), TraceState.getDefault());

  /**
   * A failing implementation of an OpenTelemetry API interface: a method that returns another API
   * interface returns another such proxy (so builders build), every other one throws; a span's
   * context is valid, so the listener goes on to use it, and every other method of a span throws.
   */
  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type) {
    InvocationHandler h = (self, method, args) -> {
      if (method.getName().equals("getSpanContext")) {
        return VALID;
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(self, method, args);
      }
      Class<?> returns = method.getReturnType();
      if (type != Span.class && returns.isInterface() && returns.getName().startsWith("io.opentelemetry.api.")) {
        return proxy(returns);
      }
      throw new UnsupportedOperationException("failing " + type.getSimpleName() + "." + method.getName());
    };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
  }
}
