package dev.statuskit.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.NotFoundException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenTelemetryTraceIdCustomizerTest {

  private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  // With no span processor the SDK's spans are not even valid: a real exporter, though nothing reads it.
  private final SdkTracerProvider tracing = SdkTracerProvider.builder()
      .addSpanProcessor(SimpleSpanProcessor.create(InMemorySpanExporter.create())).build();

  @AfterEach
  void closeTracing() {
    tracing.close();
  }

  private static ProblemEngine.Builder engine() {
    return ProblemEngine.builder().serviceLoader(false).cdi(false);
  }

  /** Runs inside a current SERVER span; returns the problem's members and the span's trace id. */
  private static ProblemEngine.Request request(@Nullable String traceparent) {
    return traceparent == null ? ProblemEngine.Request.of("GET", "/orders/42")
        : ProblemEngine.Request.of("GET", "/orders/42", Map.of("traceparent", traceparent));
  }

  private Map.Entry<Map<String, @Nullable Object>, String> inSpan(Function<ProblemEngine.Request, ProblemEvent> handling,
      @Nullable String traceparent) {
    Span span = tracing.get("test").spanBuilder("GET").setSpanKind(SpanKind.SERVER).startSpan();
    try (Scope s = span.makeCurrent()) {
      return Map.entry(handling.apply(request(traceparent)).problem().extensions(),
          span.getSpanContext().getTraceId());
    } finally {
      span.end();
    }
  }

  @Test
  void theCurrentSpansTraceIdWinsOverTheTraceparentHeader() {
    ProblemEngine e = engine().customizer(new OpenTelemetryTraceIdCustomizer("traceId")).build();

    var r = inSpan(req -> e.handle(new NotFoundException(), req), TRACEPARENT);

    assertThat(r.getValue()).matches("[0-9a-f]{32}").isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(r.getKey()).containsExactly(Map.entry("traceId", r.getValue()));
  }

  @Test
  void withoutASpanCoreStillReadsTheTraceparentHeader() {
    ProblemEngine e = engine().customizer(new OpenTelemetryTraceIdCustomizer("traceId")).build();

    ProblemEvent r = e.handle(new NotFoundException(), request(TRACEPARENT));

    assertThat(r.problem().extensions()).containsExactly(Map.entry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"));
  }

  @Test
  void aMemberAnEarlierCustomizerSetIsKept() {
    ProblemEngine e = engine()
        .customizer((p, ev) -> p.toBuilder().extension("traceId", "from-the-application").build())
        .customizer(new OpenTelemetryTraceIdCustomizer("traceId")).build();

    var r = inSpan(req -> e.handle(new NotFoundException(), req), null);

    assertThat(r.getKey()).containsExactly(Map.entry("traceId", "from-the-application"));
  }

  @Test
  void theMemberCanBeRenamedOrTurnedOff() {
    ProblemEngine renamed = engine().customizer(new OpenTelemetryTraceIdCustomizer("otelTrace")).build();
    ProblemEngine off = engine().customizer(new OpenTelemetryTraceIdCustomizer("")).build();

    var r = inSpan(req -> renamed.handle(new IllegalStateException(), req), null);
    var none = inSpan(req -> off.handle(new NotFoundException(), req), null);

    assertThat(r.getKey()).containsEntry("otelTrace", r.getValue());
    assertThat(none.getKey()).isEmpty();
  }

  @Test
  void theDefaultMemberIsTraceId() {
    ProblemEngine e = engine().customizer(new OpenTelemetryTraceIdCustomizer()).build();

    var r = inSpan(req -> e.handle(new NotFoundException(), req), null);

    assertThat(r.getKey()).containsExactly(Map.entry("traceId", r.getValue()));
  }

  @Test
  void anInvalidMemberNameIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new OpenTelemetryTraceIdCustomizer("detail"));
    assertThatIllegalArgumentException().isThrownBy(() -> new OpenTelemetryTraceIdCustomizer("trace id"));
  }
}
