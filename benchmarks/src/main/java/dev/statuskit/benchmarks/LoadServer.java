package dev.statuskit.benchmarks;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.jaxrs.ProblemResponses;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The server of {@code load.sh}: the applications of {@link LoadApps} on Jersey and Grizzly in one process,
 * bound to 127.0.0.1 only.
 *
 * <ul>
 *   <li>port A, with StatusKit (its feature is discovered from {@code META-INF/services}):
 *       {@code /ok} answers 200 with a JSON body of about the size of the problem;
 *       {@code /limited} throws a {@link TooManyRequestsException} that StatusKit answers; and on
 *       {@code /filtered} a rate-limit request filter rejects the request without throwing, with
 *       {@link ProblemResponses#abort}; on {@code /filter-thrown} a rate-limit filter throws the exception instead;
 *   <li>port B, the same runtime without StatusKit ({@code jakarta.ws.rs.loadServices=false}):
 *       {@code /bare} builds the same 429 by hand with {@code Response.status(429)};
 *       {@code /thrown} throws an exception of its own that a hand-written {@code ExceptionMapper}
 *       answers with that response (so the runtime's cost of a thrown error is paid, as on
 *       {@code /limited}, but not StatusKit's); and on {@code /filtered} a rate-limit filter aborts
 *       with that response built by hand.
 * </ul>
 * A third application, port C, is the first with {@code statuskit.fast-thrown-exceptions=false}: its
 * {@code /limited} takes Jersey's usual exception path.
 * It prints {@code READY <portA> <portB> <portC>} when all listen, and stops by itself after the number of
 * seconds given as the first argument (default 300).
 */
public final class LoadServer {

  private LoadServer() {}

  /**
   * Starts the servers.
   *
   * @param args the lifetime in seconds (default 300)
   * @throws Exception if a server does not start
   */
  public static void main(String[] args) throws Exception {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 300;
    HttpServer a = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(LoadApps.WithStatusKit.class, LoadApps.StatusKitRateLimitFilter.class, LoadApps.ThrowingRateLimitFilter.class,
            LoadApps.FloorMapper.class), true);
    HttpServer b = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(LoadApps.Bare.class, LoadApps.RateLimitedMapper.class, LoadApps.BareRateLimitFilter.class).property("jakarta.ws.rs.loadServices", false), true);
    HttpServer c = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(LoadApps.WithStatusKit.class).property("statuskit.fast-thrown-exceptions", "false"), true);
    int portA = a.getListener("grizzly").getPort();
    int portB = b.getListener("grizzly").getPort();
    int portC = c.getListener("grizzly").getPort();
    System.out.println("READY " + portA + " " + portB + " " + portC);
    System.out.flush();
    Thread.sleep(seconds * 1000);
    a.shutdownNow();
    b.shutdownNow();
    c.shutdownNow();
    System.exit(0);
  }
}
