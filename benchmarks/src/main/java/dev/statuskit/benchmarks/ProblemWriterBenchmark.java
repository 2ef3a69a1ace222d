package dev.statuskit.benchmarks;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.representation.ProblemWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the error path's body: a 429 problem with two extension members written to bytes.
 * Run with {@code java -jar benchmarks/target/benchmarks.jar ProblemWriterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProblemWriterBenchmark {

  private Problem problem;
  private Problem statusOnly;
  private ProblemWriter writer;

  /** Builds the problem once. */
  @Setup
  public void setUp() {
    problem = Problem.builder()
        .status(429)
        .detail("You sent 120 requests in the last minute; the limit is 100.")
        .instance("/orders/12345")
        .extension("limit", 100)
        .extension("window", "PT1M")
        .build();
    statusOnly = Problem.of(429);
    writer = ProblemWriter.defaults();
  }

  /**
   * A problem with only its status, as {@code application/problem+json}: the fixed cost of a write,
   * to set beside {@link #json429()}.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] json429StatusOnly() {
    return writer.toBytes(statusOnly, ProblemMediaType.JSON);
  }

  /**
   * The problem as {@code application/problem+json}.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] json429() {
    return writer.toBytes(problem, ProblemMediaType.JSON);
  }

  /**
   * The problem as {@code application/problem+xml}.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] xml429() {
    return writer.toBytes(problem, ProblemMediaType.XML);
  }

  /**
   * The problem as {@code text/html}.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] html429() {
    return writer.toBytes(problem, ProblemMediaType.HTML);
  }

  /**
   * The problem as {@code text/plain}.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] text429() {
    return writer.toBytes(problem, ProblemMediaType.TEXT);
  }
}
