package dev.statuskit.benchmarks;

import dev.statuskit.HttpException;
import dev.statuskit.conformance.ResponseView;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.internal.ConformanceGuard;
import dev.statuskit.spi.ProblemEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the conformance guard ({@code statuskit.conformance-guard=true}) adds per response, the way
 * the adapters run it before commit: {@code errorPathGuardOff} is the 429 of {@link ErrorPathBenchmark}
 * resolved and written; {@code errorPathGuardOn} the same, then checked by the guard (which adds
 * {@code Date}, as containers set it only at commit); {@code successGuardOn} the guard alone on a
 * 200 with {@code Content-Type}, {@code Content-Length} and {@code ETag}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConformanceGuardBenchmark {

  private static final ProblemEngine.Request REQUEST = ErrorPathBenchmark.REQUEST;

  private ProblemEngine engine;
  private HttpException built;
  private ConformanceGuard guard;

  /** Builds the engine, one exception and a guard without listeners. */
  @Setup
  public void setUp() {
    engine = ProblemEngine.builder().serviceLoader(false).cdi(false).build();
    built = ErrorPathBenchmark.statusKitException();
    guard = ConformanceGuard.of(List.of());
  }

  /** A response being built: header fields as a servlet or JAX-RS response holds them. */
  static final class Response implements ConformanceGuard.Target {
    final Map<String, List<String>> fields = new LinkedHashMap<>();

    @Override
    public @Nullable String allowedMethods() {
      return null;
    }

    @Override
    public void setHeader(String name, String value) {
      fields.put(name, List.of(value));
    }
  }

  /**
   * The 429 resolved and written, no guard.
   *
   * @return the engine's answer
   */
  @Benchmark
  public ProblemEvent errorPathGuardOff() {
    return engine.handle(built, REQUEST);
  }

  /**
   * The 429 resolved and written, then guarded.
   *
   * @return the response's fields after the guard
   */
  @Benchmark
  public Map<String, List<String>> errorPathGuardOn() {
    ProblemEvent e = engine.handle(built, REQUEST);
    Response r = new Response();
    r.fields.putAll(e.headers().asMap());
    guard.guard("GET /orders/{id}", ResponseView.of("GET", e.status().code(), r.fields, null), r);
    return r.fields;
  }

  /**
   * The guard alone on a success response.
   *
   * @return the response's fields after the guard
   */
  @Benchmark
  public Map<String, List<String>> successGuardOn() {
    Response r = new Response();
    r.fields.put("Content-Type", List.of("application/json"));
    r.fields.put("Content-Length", List.of("512"));
    r.fields.put("ETag", List.of("\"v42\""));
    guard.guard("GET /orders/{id}", ResponseView.of("GET", 200, r.fields, null), r);
    return r.fields;
  }
}
