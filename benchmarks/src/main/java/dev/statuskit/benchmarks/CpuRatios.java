package dev.statuskit.benchmarks;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.representation.ProblemWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;

/**
 * CPU time ratios for a shared, loaded machine, where JMH's wall-clock scores carry error bars
 * larger than themselves: each operation runs 100,000 times in turn, round after round, and the CPU
 * time of this thread is summed over the last rounds. Prints each per-request benchmark of
 * {@link ErrorPathBenchmark} as a multiple of {@code spring}, and the XML, HTML and text writers as
 * multiples of the JSON writer, for the 429 of {@link ProblemWriterBenchmark} and for the same with a
 * problem type and its title. Run: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.statuskit.benchmarks.CpuRatios}.
 */
public final class CpuRatios {

  private static final int CALLS = 100_000;
  private static final int ROUNDS = 45;
  private static final int COUNTED = 15;

  private static volatile Object sink;

  private CpuRatios() {}

  /**
   * Runs the comparison.
   *
   * @param args none
   * @throws Exception never
   */
  public static void main(String[] args) throws Exception {
    ErrorPathBenchmark b = new ErrorPathBenchmark();
    b.setUp();
    String[] names = {"statusKit", "spring", "springJackson2", "springStreamed", "springJackson2Streamed",
        "statusKitResolveWrite", "springWriteOnly"};
    double[] perSpring = measure(new Callable<?>[] {b::statusKit, b::spring, b::springJackson2, b::springStreamed,
        b::springJackson2Streamed, b::statusKitResolveWrite, b::springWriteOnly}, 1);
    for (int k = 0; k < names.length; k++) {
      System.out.printf("%-22s %.2fx spring%n", names[k], perSpring[k]);
    }
    ProblemWriter w = ProblemWriter.defaults();
    Problem untyped = Problem.builder().status(429).detail(ErrorPathBenchmark.DETAIL).instance("/orders/12345")
        .extension("limit", 100).extension("window", "PT1M").build();
    Problem typed = untyped.toBuilder().type(ErrorPathBenchmark.TYPE).title("Too Many Requests").build();
    for (Problem p : new Problem[] {untyped, typed}) {
      double[] perJson = measure(new Callable<?>[] {() -> w.toBytes(p, ProblemMediaType.JSON),
          () -> w.toBytes(p, ProblemMediaType.XML), () -> w.toBytes(p, ProblemMediaType.HTML),
          () -> w.toBytes(p, ProblemMediaType.TEXT)}, 0);
      String name = p == typed ? "typed429" : "429";
      String[] formats = {"xml", "html", "text"};
      for (int k = 0; k < formats.length; k++) {
        System.out.printf("%-22s %.2fx json%s%n", formats[k] + name, perJson[k + 1], name);
      }
    }
  }

  /** CPU time of each operation as a multiple of the one at {@code base}. */
  private static double[] measure(Callable<?>[] ops, int base) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] t = new long[ops.length];
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < ops.length; k++) {
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS; i++) {
          sink = ops[k].call();
        }
        if (round >= ROUNDS - COUNTED) {
          t[k] += mx.getCurrentThreadCpuTime() - start;
        }
      }
    }
    double[] ratio = new double[ops.length];
    for (int k = 0; k < ops.length; k++) {
      ratio[k] = (double) t[k] / t[base];
    }
    return ratio;
  }
}
