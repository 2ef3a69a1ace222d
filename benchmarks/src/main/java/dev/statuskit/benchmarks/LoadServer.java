package dev.statuskit.benchmarks;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.jaxrs.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The server of {@code load.sh}: two Jersey applications on Grizzly in one process, bound to
 * 127.0.0.1 only.
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

  static final String DETAIL = ErrorPathBenchmark.DETAIL;

  private LoadServer() {}

  /** Binds the rate-limit filters to the {@code filtered} methods only. */
  @NameBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface RateLimit {}

  /**
   * A rate limiter with StatusKit: rejects without throwing, through {@link ProblemResponses}: the
   * response StatusKit's mapper makes of the exception (negotiated, with hooks and the log record, as
   * if thrown), the request read from the filter's context.
   */
  @RateLimit
  @Priority(Priorities.AUTHORIZATION)
  public static final class StatusKitRateLimitFilter implements ContainerRequestFilter {
    @Context
    private Providers providers;

    @Override
    public void filter(ContainerRequestContext request) {
      ProblemResponses.of(providers).abort(request, ErrorPathBenchmark.statusKitException());
    }
  }

  /** Binds {@link ThrowingRateLimitFilter} to the {@code filter-thrown} method only. */
  @NameBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface RateLimitByThrowing {}

  /** The rate limiter as most applications write it: it throws, and StatusKit's mapper answers. */
  @RateLimitByThrowing
  @Priority(Priorities.AUTHORIZATION)
  public static final class ThrowingRateLimitFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      throw ErrorPathBenchmark.statusKitException();
    }
  }

  /** The same rate limiter without StatusKit: the 429 built by hand. */
  @RateLimit
  @Priority(Priorities.AUTHORIZATION)
  public static final class BareRateLimitFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      request.abortWith(Bare.response());
    }
  }

  /** With StatusKit. */
  @Path("/")
  public static final class WithStatusKit {
    private static final AtomicLong ORDERS = new AtomicLong();

    /**
     * A 200 JSON body of about the problem's size (about 190 bytes).
     *
     * @return the response
     */
    @GET
    @Path("ok")
    @Produces("application/json")
    public String ok() {
      long id = ORDERS.incrementAndGet();
      return "{\"id\":" + id + ",\"status\":\"accepted\",\"detail\":\"" + DETAIL
          + "\",\"instance\":\"/orders/12345\",\"limit\":100,\"window\":\"PT1M\",\"queue\":\"standard-01\"}";
    }

    /**
     * The rate limiter says no.
     *
     * @return never
     */
    /**
     * Guarded by the rate-limit filter, which rejects every request.
     *
     * @return never
     */
    @GET
    @Path("filtered")
    @RateLimit
    public String filtered() {
      return ok(); // never reached: the filter rejects every request
    }

    /**
     * Guarded by the rate-limit filter that throws.
     *
     * @return never
     */
    @GET
    @Path("filter-thrown")
    @RateLimitByThrowing
    public String filterThrown() {
      return ok(); // never reached: the filter rejects every request
    }

    @GET
    @Path("limited")
    public String limited() {
      throw ErrorPathBenchmark.statusKitException();
    }
  }

  /** What an application without StatusKit would throw: its own exception, without stack trace like StatusKit's 4xx. */
  public static final class RateLimited extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exception. */
    public RateLimited() {
      super(DETAIL, null, false, false);
    }
  }

  /** The hand-written mapper of {@link RateLimited}: the same response as {@code /bare}. */
  @jakarta.ws.rs.ext.Provider
  public static final class RateLimitedMapper implements jakarta.ws.rs.ext.ExceptionMapper<RateLimited> {
    @Override
    public Response toResponse(RateLimited exception) {
      return Bare.response();
    }
  }

  /** The same runtime without StatusKit. */
  @Path("/")
  public static final class Bare {
    /**
     * The 429 built by hand: the same status, header fields and body StatusKit sends.
     *
     * @return the response
     */
    /**
     * Guarded by the rate-limit filter, which rejects every request.
     *
     * @return never
     */
    @GET
    @Path("filtered")
    @RateLimit
    public String filtered() {
      return ok(); // never reached: the filter rejects every request
    }

    @GET
    @Path("bare")
    public Response bare() {
      return response();
    }

    /**
     * Throws {@link RateLimited}, which a hand-written mapper answers like {@code /bare}: the
     * runtime's own cost of an error that is thrown rather than returned.
     *
     * @return never
     */
    @GET
    @Path("thrown")
    public String thrown() {
      throw new RateLimited();
    }

    static Response response() {
      String body = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"" + DETAIL
          + "\",\"instance\":\"/orders/12345\",\"limit\":100,\"window\":\"PT1M\"}";
      return Response.status(429).header("Retry-After", "60").header("Cache-Control", "no-store")
          .header("Vary", "Accept").type("application/problem+json").entity(body).build();
    }

    /**
     * The 200 on this application too, for reference.
     *
     * @return the response
     */
    @GET
    @Path("ok")
    @Produces("application/json")
    public String ok() {
      return new WithStatusKit().ok();
    }
  }

  /**
   * Starts the servers.
   *
   * @param args the lifetime in seconds (default 300)
   * @throws Exception if a server does not start
   */
  public static void main(String[] args) throws Exception {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 300;
    HttpServer a = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(WithStatusKit.class, StatusKitRateLimitFilter.class, ThrowingRateLimitFilter.class), true);
    HttpServer b = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(Bare.class, RateLimitedMapper.class, BareRateLimitFilter.class).property("jakarta.ws.rs.loadServices", false), true);
    HttpServer c = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(WithStatusKit.class).property("statuskit.fast-thrown-exceptions", "false"), true);
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
