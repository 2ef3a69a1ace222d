package dev.statuskit.jaxrs.it;

import dev.statuskit.ServiceUnavailableException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import dev.statuskit.jaxrs.QuotaPolicy;
import dev.statuskit.jaxrs.RateLimitHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Endpoints of the rate-limit scenarios. Each counter is named by the test that uses it, so that
 * tests do not share state; {@link #calls} tells a test how many requests reached the server.
 */
@Path("rl")
@Produces(MediaType.TEXT_PLAIN)
public class RateLimitResource {

  static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  static final RateLimitPolicy SEARCH = RateLimitPolicy.of("search", 2).window(Duration.ofSeconds(60));

  /** The number of requests for a counter so far. */
  public static int calls(String counter) {
    return CALLS.computeIfAbsent(counter, k -> new AtomicInteger()).get();
  }

  private static int count(String counter) {
    return CALLS.computeIfAbsent(counter, k -> new AtomicInteger()).incrementAndGet();
  }

  /** Two requests per counter; then the draft's quota-exceeded problem. */
  @GET
  @Path("search/{counter}")
  @QuotaPolicy(name = "search", quota = 2, window = 60)
  public Response search(@PathParam("counter") String counter) {
    int n = count(counter);
    if (n > 2) {
      throw TooManyRequestsException.quotaExceeded("search").retryAfter(Duration.ofSeconds(60))
          .rateLimits(RateLimit.of("search", 0).reset(Duration.ofSeconds(60)));
    }
    return RateLimitHeaders.set(Response.ok("found"), List.of(),
        List.of(RateLimit.of("search", 2 - n).reset(Duration.ofSeconds(60)))).build();
  }

  /**
   * Fails {@code fail} times, then answers; each failure asks to come back after {@code wait}
   * seconds, in {@code Retry-After} or, with {@code by=t}, only in {@code RateLimit}.
   */
  @GET
  @Path("flaky/{counter}")
  public String flaky(@PathParam("counter") String counter, @QueryParam("fail") int fail,
      @QueryParam("wait") int wait, @QueryParam("by") String by, @QueryParam("status") int status) {
    int n = count(counter);
    if (n <= fail) {
      RateLimit limit = RateLimit.of("flaky", 0).reset(Duration.ofSeconds(wait));
      if (status == 503) {
        ServiceUnavailableException e = ServiceUnavailableException.temporaryReducedCapacity("flaky").rateLimits(limit);
        throw "t".equals(by) ? e : e.retryAfter(Duration.ofSeconds(wait));
      }
      TooManyRequestsException e = TooManyRequestsException.quotaExceeded("flaky").rateLimits(limit);
      throw "t".equals(by) ? e : e.retryAfter(Duration.ofSeconds(wait));
    }
    return "ok after " + n;
  }

  /** Always refused; counts the attempts. */
  @POST
  @Path("orders/{counter}")
  public String order(@PathParam("counter") String counter) {
    count(counter);
    throw TooManyRequestsException.quotaExceeded("orders").retryAfter(Duration.ofSeconds(1));
  }

  /** Answers after {@code fail} refusals, for POST requests the caller marks repeatable. */
  @POST
  @Path("repeatable/{counter}")
  public String repeatable(@PathParam("counter") String counter) {
    if (count(counter) == 1) {
      throw TooManyRequestsException.quotaExceeded("orders").retryAfter(Duration.ofSeconds(1));
    }
    return "created";
  }
}
