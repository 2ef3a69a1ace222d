package dev.statuskit.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.NotFoundException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceLoadingTest {

  @AfterEach
  void forgetTheGlobal() {
    GlobalOpenTelemetry.resetForTest();
  }

  @Test
  void bothHooksAreListedForTheServiceLoader() {
    assertThat(ServiceLoader.load(ProblemListener.class).stream().map(ServiceLoader.Provider::type)
        .collect(Collectors.toList())).contains(OpenTelemetryProblemListener.class);
    assertThat(ServiceLoader.load(ProblemCustomizer.class).stream().map(ServiceLoader.Provider::type)
        .collect(Collectors.toList())).contains(OpenTelemetryTraceIdCustomizer.class);
  }

  /** The engine is often built before the application registers its global OpenTelemetry. */
  @Test
  void theServiceLoadedListenerUsesAGlobalRegisteredAfterTheEngineWasBuilt() {
    GlobalOpenTelemetry.resetForTest();
    ProblemEngine engine = ProblemEngine.builder().cdi(false).build();
    assertThat(GlobalOpenTelemetry.isSet()).isFalse();

    InMemorySpanExporter spans = InMemorySpanExporter.create();
    InMemoryMetricReader metrics = InMemoryMetricReader.create();
    try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .buildAndRegisterGlobal()) {
      Span span = sdk.getTracer("test").spanBuilder("GET").startSpan();
      ProblemEvent r;
      try (Scope s = span.makeCurrent()) {
        r = engine.handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/orders/42"));
      } finally {
        span.end();
      }

      assertThat(r.problem().extensions()).containsEntry("traceId", span.getSpanContext().getTraceId());
      assertThat(spans.getFinishedSpanItems()).singleElement()
          .satisfies(d -> assertThat(d.getAttributes().get(OpenTelemetryProblemListener.PROBLEM_TYPE))
              .isEqualTo("about:blank"));
      assertThat(metrics.collectAllMetrics()).singleElement()
          .satisfies(m -> assertThat(m.getLongSumData().getPoints()).extracting(LongPointData::getValue)
              .containsExactly(1L));
    }
  }
}
