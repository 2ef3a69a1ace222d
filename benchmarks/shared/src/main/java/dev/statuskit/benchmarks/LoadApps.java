package dev.statuskit.benchmarks;

import dev.statuskit.HttpException;
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
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JAX-RS applications of the load test and of the in-process harnesses, written against the
 * API only, so that Jersey ({@code LoadServer}, {@code JerseyInProcessBenchmark}), RESTEasy and CXF
 * run the same resources, filters and mapper.
 *
 * <ul>
 *   <li>with StatusKit ({@link WithStatusKit}, {@link StatusKitRateLimitFilter}):
 *       {@code /ok} answers 200 with a JSON body of about the size of the problem;
 *       {@code /limited} throws a {@link TooManyRequestsException} that StatusKit answers; and on
 *       {@code /filtered} a rate-limit request filter rejects the request without throwing, with
 *       {@link ProblemResponses#abort}; on {@code /filter-thrown} a rate-limit filter throws the exception instead;
 *       and {@code /floor} throws the cheapest exception a runtime can map ({@link Floor}, answered by
 *       {@link FloorMapper} with the response {@code /bare} returns): the runtime's own cost of any
 *       thrown error, whatever library answers it;
 *   <li>without StatusKit ({@link Bare}, {@link RateLimitedMapper}, {@link BareRateLimitFilter}):
 *       {@code /bare} builds the same 429 by hand with {@code Response.status(429)};
 *       {@code /thrown} throws an exception of its own that a hand-written {@code ExceptionMapper}
 *       answers with that response (so the runtime's cost of a thrown error is paid, as on
 *       {@code /limited}, but not StatusKit's); and on {@code /filtered} a rate-limit filter aborts
 *       with that response built by hand.
 * </ul>
 */
public final class LoadApps {

  /** The detail of the 429. */
  public static final String DETAIL = "You sent 120 requests in the last minute; the limit is 100.";

  private LoadApps() {}

  /**
   * The untyped 429 the applications, {@code Soak} and the observed benchmark answer: {@code Retry-After: 60},
   * the detail above, an instance and two extension members.
   *
   * @return a new exception
   */
  public static HttpException statusKitException() {
    return new TooManyRequestsException(DETAIL).retryAfter(Duration.ofSeconds(60))
        .instance(URI.create("/orders/12345")).extension("limit", 100).extension("window", "PT1M");
  }

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
      ProblemResponses.of(providers).abort(request, statusKitException());
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
      throw statusKitException();
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

    /**
     * The rate limiter says no: throws the 429.
     *
     * @return never
     */
    @GET
    @Path("limited")
    public String limited() {
      throw statusKitException();
    }

    /**
     * Throws a {@link Floor}, which {@link FloorMapper} answers with the 429 built by hand.
     *
     * @return never
     */
    @GET
    @Path("floor")
    public String floor() {
      throw new Floor();
    }
  }

  /**
   * The cheapest exception a runtime can map: no stack trace, no message, a
   * {@code WebApplicationException} (which runtimes pass to the mappers without wrapping it again)
   * whose own response, status only, is built once.
   */
  public static final class Floor extends jakarta.ws.rs.WebApplicationException {
    private static final long serialVersionUID = 1L;
    private static final Response STATUS_ONLY = Response.status(429).build();

    /** The exception. */
    public Floor() {
      super((String) null, null, STATUS_ONLY);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** The hand-written mapper of {@link Floor}: the same response as {@code /bare}. */
  @jakarta.ws.rs.ext.Provider
  public static final class FloorMapper implements jakarta.ws.rs.ext.ExceptionMapper<Floor> {
    @Override
    public Response toResponse(Floor exception) {
      return Bare.response();
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
    /** Keeps the exceptions of {@code /bare-traced}, so that making them is not optimized away. */
    static volatile RuntimeException traces;

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
     * The 429 built by hand: the same status, header fields and body StatusKit sends.
     *
     * @return the response
     */
    @GET
    @Path("bare")
    public Response bare() {
      return response();
    }

    /**
     * {@code /bare} plus the two exceptions a runtime makes around a thrown one (reflection's
     * {@code InvocationTargetException} and the runtime's own wrapper), made here at about their
     * depth and not thrown: the cost of their two stack traces, for the profile of a thrown 429.
     *
     * @return the response
     */
    @GET
    @Path("bare-traced")
    public Response bareTraced() {
      traces = new RuntimeException(new RuntimeException());
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
}
