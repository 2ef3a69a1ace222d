package dev.statuskit.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * CPU time and allocation per request of {@link JerseyInProcessBenchmark}'s scenarios, measured by
 * {@link CpuRatioRun}: the scenarios in turn in rounds, the first half of the rounds warming up.
 * Compare ratios inside one run only.
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
    String[] scenarios = {"ok", "statuskit-thrown", "statuskit-thrown-off", "statuskit-filter", "floor-thrown", "bare-returned",
        "bare-thrown", "bare-filter"};
    List<CpuRatioRun.Scenario> runs = new ArrayList<>();
    for (String scenario : scenarios) {
      JerseyInProcessBenchmark state = new JerseyInProcessBenchmark();
      state.scenario = scenario;
      state.setUp();
      runs.add(new CpuRatioRun.Scenario(scenario, () -> state.request().getStatus()));
    }
    CpuRatioRun.run(runs, rounds, requests);
  }
}
