package dev.statuskit.benchmarks;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.micrometer.ProblemCounter;
import dev.statuskit.opentelemetry.OpenTelemetryProblemListener;
import dev.statuskit.opentelemetry.OpenTelemetryTraceIdCustomizer;
import dev.statuskit.spi.ProblemEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;

/**
 * A bounded soak of the error path, in process: a million (or the first argument) 429 responses
 * built, resolved, negotiated and written to a stream, printing the heap used after a full GC
 * every 100,000. The {@code Accept} values cycle through 1,000 distinct strings, so the bounded
 * negotiation cache is filled and cleared many times. Not a test: it asserts nothing; it prints
 * the series and the growth from the first to the last sample.
 */
public final class Soak {

  /** What clients ask for in {@code all} mode: every shipped language, a regional variant, one not shipped. */
  private static final String[] LANGUAGES = {"de-CH, de;q=0.9, en;q=0.5", "fr", "es", "ja", "zh-TW", "zh-CN",
      "en", "pt-BR, pt;q=0.8"};

  /** A valid W3C trace context: core's trace id stage adds its member from it. */
  private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  private Soak() {}

  /**
   * Runs the soak.
   *
   * @param args the number of responses (default 1,000,000), then {@code all} for every stage on:
   *     {@code Accept-Language} cycling through the shipped languages, a {@code traceparent} (the
   *     trace id member), the request in a current OpenTelemetry SERVER span with the trace id
   *     customizer, the OpenTelemetry listener and Micrometer's counter
   * @throws Exception if writing fails
   */
  @SuppressWarnings("try") // the scope is only closed: it makes the span current meanwhile
  public static void main(String[] args) throws Exception {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long every = 100_000L;
    boolean all = args.length > 1 && args[1].equals("all");
    ProblemEngine.Builder builder = ProblemEngine.builder().serviceLoader(false).cdi(false);
    OpenTelemetrySdk sdk = null;
    if (all) { // every stage: languages, the trace id member from a current span, both metrics listeners
      sdk = ObservedErrorPathBenchmark.sdk();
      builder.customizer(new OpenTelemetryTraceIdCustomizer())
          .listener(new OpenTelemetryProblemListener(sdk))
          .listener(new ProblemCounter(new SimpleMeterRegistry()));
    }
    ProblemEngine engine = builder.build();
    Tracer tracer = sdk == null ? null : sdk.getTracer("soak");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    CountingStream out = new CountingStream();
    long first = -1;
    long warm = -1; // the sample at 100,000: classes loaded, caches filled, buffers lent
    long last = -1;
    long start = System.nanoTime();
    System.out.printf("%12s %14s%n", "responses", "heap after GC");
    for (long i = 0; i <= total; i++) {
      if (i % every == 0) {
        System.gc();
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        if (first < 0) {
          first = used;
        }
        if (i == every) {
          warm = used;
        }
        last = used;
        System.out.printf("%12d %11d KB%n", i, used / 1024);
        if (i == total) {
          break;
        }
      }
      String accept = "application/problem+json, application/json;q=0.9, */*;q=0." + (i % 1000);
      if (tracer == null) {
        ProblemEvent e = engine.handle(ErrorPathBenchmark.statusKitException(), ProblemEngine.Request.of("GET",
            "/orders/" + (i % 10_000), Map.of("Accept", accept)));
        out.write(e.body());
      } else {
        Span span = tracer.spanBuilder("GET /orders/{id}").setSpanKind(SpanKind.SERVER).startSpan();
        try (Scope scope = span.makeCurrent()) {
          ProblemEvent e = engine.handle(ErrorPathBenchmark.statusKitException(), ProblemEngine.Request.of("GET",
              "/orders/" + (i % 10_000), Map.of("Accept", accept,
                  "Accept-Language", LANGUAGES[(int) (i % LANGUAGES.length)], "traceparent", TRACEPARENT)));
          out.write(e.body());
        } finally {
          span.end();
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sdk != null) {
      sdk.close();
    }
    System.out.printf("%d responses, %d bytes written, %.1f s; heap after GC: first %d KB, at %d %d KB, last %d KB;"
        + " growth from %d to the end %+d KB%n", total, out.count, seconds, first / 1024, every, warm / 1024,
        last / 1024, every, (last - warm) / 1024);
  }
}
