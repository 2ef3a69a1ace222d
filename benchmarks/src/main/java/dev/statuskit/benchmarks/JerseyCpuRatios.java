package dev.statuskit.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * CPU time and allocation per request of {@link JerseyInProcessBenchmark}'s scenarios, read with
 * the calling thread's CPU clock and allocation counter around a batch of requests, the scenarios
 * taken in turn in rounds (so that a change of the machine's load hits them alike), the first half
 * of the rounds warming up. On a shared machine CPU time measures the work better than wall time,
 * but it still moves with cache and core contention: compare ratios inside one run only.
 *
 * <p>{@code java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.statuskit.benchmarks.JerseyCpuRatios [rounds] [requests]}
 */
public final class JerseyCpuRatios {

  private JerseyCpuRatios() {}

  /**
   * Runs the scenarios.
   *
   * @param args rounds (default 16) and requests per scenario and round (default 5000)
   * @throws Exception if a scenario fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    String[] scenarios = {"ok", "statuskit-thrown", "statuskit-thrown-off", "statuskit-filter", "bare-returned",
        "bare-thrown", "bare-filter"};
    JerseyInProcessBenchmark[] states = new JerseyInProcessBenchmark[scenarios.length];
    for (int i = 0; i < scenarios.length; i++) {
      states[i] = new JerseyInProcessBenchmark();
      states[i].scenario = scenarios[i];
      states[i].setUp();
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    double[][] cpu = new double[scenarios.length][rounds];
    double[][] alloc = new double[scenarios.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < scenarios.length; k++) {
        int i = (k + r) % scenarios.length; // rotate the order every round
        long c0 = threads.getCurrentThreadCpuTime();
        long a0 = threads.getThreadAllocatedBytes(self);
        for (int n = 0; n < requests; n++) {
          if (states[i].request().getStatus() == 0) {
            throw new IllegalStateException();
          }
        }
        cpu[i][r] = (threads.getCurrentThreadCpuTime() - c0) / (double) requests;
        alloc[i][r] = (threads.getThreadAllocatedBytes(self) - a0) / (double) requests;
      }
    }
    double ok = median(cpu[0], rounds);
    System.out.printf("%-22s %14s %10s %12s%n", "scenario", "CPU ns/req", "vs ok", "B/req");
    for (int i = 0; i < scenarios.length; i++) {
      double m = median(cpu[i], rounds);
      System.out.printf("%-22s %14.0f %9.2fx %12.0f%n", scenarios[i], m, m / ok, median(alloc[i], rounds));
    }
  }

  /** The median of the measured (second) half of the rounds. */
  private static double median(double[] values, int rounds) {
    double[] measured = Arrays.copyOfRange(values, rounds / 2, rounds);
    Arrays.sort(measured);
    int n = measured.length;
    return n % 2 == 1 ? measured[n / 2] : (measured[n / 2 - 1] + measured[n / 2]) / 2;
  }
}
