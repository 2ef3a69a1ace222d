package dev.statuskit.benchmarks;

import jakarta.ws.rs.core.Application;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPU time and allocation per request of in-process scenarios, read with the calling thread's CPU
 * clock and allocation counter around a batch of requests, the scenarios taken in turn in rounds
 * (so that a change of the machine's load hits them alike), the first half of the rounds warming
 * up; the median of the second half is printed, with its ratio to the first scenario. On a shared
 * machine CPU time measures the work better than wall time, but it still moves with cache and core
 * contention: compare ratios inside one run only.
 */
public final class CpuRatioRun {

  private CpuRatioRun() {}

  /** One request of a scenario. */
  @FunctionalInterface
  public interface Request {
    /**
     * Sends one request in process.
     *
     * @return the response's status
     * @throws Exception if the runtime fails
     */
    int send() throws Exception;
  }

  /**
   * One scenario.
   *
   * @param name its name, as printed
   * @param request one request of it
   */
  public record Scenario(String name, Request request) {}

  /**
   * A runtime in process: starts an application, sends it one request.
   *
   * @param <A> a started application
   */
  public interface Runtime<A> {
    /**
     * Starts an application.
     *
     * @param application its classes and properties
     * @param statusKit whether StatusKit is registered (as the runtime's users register it), or not at all
     * @return the started application
     */
    A start(Application application, boolean statusKit);

    /**
     * One {@code GET} with {@code Accept: application/json}, the response written to memory.
     *
     * @param app the started application
     * @param path the path, from {@code /}
     * @return the response's status
     * @throws Exception if the runtime fails
     */
    int send(A app, String path) throws Exception;

    /**
     * The same, its response as text.
     *
     * @param app the started application
     * @param path the path, from {@code /}
     * @return status, header fields and body
     * @throws Exception if the runtime fails
     */
    String print(A app, String path) throws Exception;
  }

  /**
   * Runs the scenarios of {@code JerseyCpuRatios} on another runtime: {@code ok},
   * {@code statuskit-thrown}, {@code statuskit-thrown-off} ({@code statuskit.fast-thrown-exceptions=false}),
   * {@code statuskit-filter}, {@code floor-thrown} (the cheapest exception the runtime can map, with
   * StatusKit registered), {@code bare-returned}, {@code bare-thrown}, {@code bare-filter}, on
   * {@link LoadApps}' applications, and {@code bare-returned-traced}: {@code bare-returned} plus two
   * exceptions with stack traces made (not thrown) in the resource method, the wrappers' share of
   * {@code bare-thrown}. With {@code -Dprint=true} each response is printed once first; {@code -Dscenarios=a,b}
   * runs only those (for a profile of one).
   *
   * @param <A> a started application
   * @param args rounds (default 12) and requests per scenario and round (default 3000)
   * @param runtime the runtime
   * @throws Exception if a scenario fails
   */
  public static <A> void runScenarios(String[] args, Runtime<A> runtime) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    A withStatusKit = runtime.start(application(Map.of(), LoadApps.WithStatusKit.class,
        LoadApps.StatusKitRateLimitFilter.class, LoadApps.FloorMapper.class), true);
    A off = runtime.start(application(Map.of("statuskit.fast-thrown-exceptions", "false"),
        LoadApps.WithStatusKit.class), true);
    A bare = runtime.start(application(Map.of("jakarta.ws.rs.loadServices", false), LoadApps.Bare.class, LoadApps.RateLimitedMapper.class,
        LoadApps.BareRateLimitFilter.class), false);
    List<Object> table = List.of(
        "ok", withStatusKit, "/ok",
        "statuskit-thrown", withStatusKit, "/limited",
        "statuskit-thrown-off", off, "/limited",
        "statuskit-filter", withStatusKit, "/filtered",
        "floor-thrown", withStatusKit, "/floor",
        "bare-returned", bare, "/bare",
        "bare-thrown", bare, "/thrown",
        "bare-returned-traced", bare, "/bare-traced",
        "bare-filter", bare, "/filtered");
    List<String> only = List.of(System.getProperty("scenarios", "").split(","));
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < table.size(); i += 3) {
      String name = (String) table.get(i);
      if (!only.equals(List.of("")) && !only.contains(name)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      A app = (A) table.get(i + 1);
      String path = (String) table.get(i + 2);
      if (Boolean.getBoolean("print")) {
        System.out.println(name + ": " + runtime.print(app, path));
      }
      scenarios.add(new Scenario(name, () -> runtime.send(app, path)));
    }
    run(scenarios, rounds, requests);
  }

  /** An application of the given classes and properties. */
  private static Application application(Map<String, Object> properties, Class<?>... classes) {
    return new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return Set.of(classes);
      }

      @Override
      public Map<String, Object> getProperties() {
        return properties;
      }
    };
  }

  /**
   * Runs the scenarios and prints a table.
   *
   * @param scenarios the scenarios, the first the reference (the 200)
   * @param rounds rounds of all scenarios
   * @param requests requests per scenario and round
   * @throws Exception if a request fails or answers status 0
   */
  public static void run(List<Scenario> scenarios, int rounds, int requests) throws Exception {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    int count = scenarios.size();
    double[][] cpu = new double[count][rounds];
    double[][] alloc = new double[count][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < count; k++) {
        int i = (k + r) % count; // rotate the order every round
        Request request = scenarios.get(i).request();
        long c0 = threads.getCurrentThreadCpuTime();
        long a0 = threads.getThreadAllocatedBytes(self);
        for (int n = 0; n < requests; n++) {
          if (request.send() == 0) {
            throw new IllegalStateException();
          }
        }
        cpu[i][r] = (threads.getCurrentThreadCpuTime() - c0) / (double) requests;
        alloc[i][r] = (threads.getThreadAllocatedBytes(self) - a0) / (double) requests;
      }
    }
    double ok = median(cpu[0], rounds);
    System.out.printf("%-22s %14s %10s %12s%n", "scenario", "CPU ns/req", "vs ok", "B/req");
    for (int i = 0; i < count; i++) {
      double m = median(cpu[i], rounds);
      System.out.printf("%-22s %14.0f %9.2fx %12.0f%n", scenarios.get(i).name(), m, m / ok, median(alloc[i], rounds));
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
