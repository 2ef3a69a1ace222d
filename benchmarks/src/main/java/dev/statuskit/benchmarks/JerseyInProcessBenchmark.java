package dev.statuskit.benchmarks;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One request through Jersey in process, without a network or a container: the applications of
 * {@link LoadApps} (those of {@link LoadServer}), each request a {@code GET} with {@code Accept: application/json} handed to
 * {@link ApplicationHandler#apply(ContainerRequest)}, which runs matching, filters, the resource
 * method, exception mapping and the body writer into a byte array. What the load test measures,
 * minus HTTP parsing and sockets, so that allocation per request ({@code -prof gc}) shows the
 * runtime's cost of each way to answer a 429 exactly, whatever the machine's load.
 *
 * <ul>
 *   <li>{@code ok}: the 200 JSON body;
 *   <li>{@code statuskit-thrown}: the resource method throws the 429 (the fast path on Jersey);
 *   <li>{@code statuskit-thrown-off}: the same with {@code statuskit.fast-thrown-exceptions=false};
 *   <li>{@code statuskit-filter}: a request filter rejects through {@code ProblemResponses};
 *   <li>{@code floor-thrown}: with StatusKit, the resource method throws the cheapest exception Jersey
 *       can map (no stack trace, a hand-written mapper returning the hand-built 429): Jersey's own
 *       cost of a thrown error, below which no library's answer can go;
 *   <li>{@code bare-returned}: no StatusKit, the resource returns the same 429 built by hand;
 *   <li>{@code bare-thrown}: no StatusKit, an exception of the application's own and its hand-written mapper;
 *   <li>{@code bare-filter}: no StatusKit, a filter aborts with the hand-built 429.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JerseyInProcessBenchmark {

  private static final URI BASE = URI.create("http://127.0.0.1/");

  /** The scenario. */
  @Param({"ok", "statuskit-thrown", "statuskit-thrown-off", "statuskit-filter", "floor-thrown", "bare-returned",
      "bare-thrown", "bare-filter"})
  public String scenario;

  private ApplicationHandler handler;
  private URI uri;

  /**
   * Builds the application of the scenario.
   *
   * @throws Exception if the printed request fails
   */
  @Setup
  public void setUp() throws Exception {
    ResourceConfig withStatusKit = new ResourceConfig(LoadApps.WithStatusKit.class,
        LoadApps.StatusKitRateLimitFilter.class, LoadApps.FloorMapper.class);
    ResourceConfig bare = new ResourceConfig(LoadApps.Bare.class, LoadApps.RateLimitedMapper.class,
        LoadApps.BareRateLimitFilter.class).property("jakarta.ws.rs.loadServices", false);
    switch (scenario) {
      case "ok" -> start(withStatusKit, "ok");
      case "statuskit-thrown" -> start(withStatusKit, "limited");
      case "statuskit-thrown-off" -> start(new ResourceConfig(LoadApps.WithStatusKit.class)
          .property("statuskit.fast-thrown-exceptions", "false"), "limited");
      case "statuskit-filter" -> start(withStatusKit, "filtered");
      case "floor-thrown" -> start(withStatusKit, "floor");
      case "bare-returned" -> start(bare, "bare");
      case "bare-thrown" -> start(bare, "thrown");
      case "bare-filter" -> start(bare, "filtered");
      default -> throw new IllegalArgumentException(scenario);
    }
    if (Boolean.getBoolean("errorpath.print")) {
      ContainerResponse r = request();
      System.out.println(scenario + ": " + r.getStatus() + " " + r.getStringHeaders());
    }
  }

  private void start(ResourceConfig config, String path) {
    handler = new ApplicationHandler(config);
    uri = BASE.resolve(path);
  }

  /**
   * One request, its response written to a byte array.
   *
   * @return the response
   * @throws Exception never, in these scenarios
   */
  @Benchmark
  public ContainerResponse request() throws Exception {
    ContainerRequest r = new ContainerRequest(BASE, uri, "GET", null, new MapPropertiesDelegate(),
        handler.getConfiguration());
    r.header("Accept", "application/json");
    return handler.apply(r).get();
  }
}
