package dev.statuskit.jaxrs;

import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Objects;

/**
 * Puts {@code RateLimit-Policy} and {@code RateLimit} on any response, a 200 as well as an error,
 * so that an application's rate limiter tells every client how much it may still send, not only
 * the one it refuses. The error path needs none of this: a {@code TooManyRequestsException} or
 * {@code ServiceUnavailableException} carries its own fields.
 *
 * <pre>{@code
 * @Provider
 * public class RateLimitResponseFilter implements ContainerResponseFilter {
 *   public void filter(ContainerRequestContext request, ContainerResponseContext response) {
 *     Bucket b = (Bucket) request.getProperty("bucket");
 *     RateLimitHeaders.set(response, List.of(b.policy()), List.of(b.limit()));
 *   }
 * }
 * }</pre>
 *
 * <p>The fields follow {@value RateLimit#DRAFT}, a draft that may still change: they are sent only
 * where an application calls this class. Each call replaces the fields it is given values for and
 * leaves the other alone; an empty collection leaves its field as it is. Thread-safe (no state).
 *
 * @since 0.3.0
 */
public final class RateLimitHeaders {

  private RateLimitHeaders() {}

  /**
   * Sets the fields on a response a filter sees.
   *
   * @param response the response
   * @param policies the policies for {@code RateLimit-Policy}; empty to leave that field alone
   * @param limits the limits for {@code RateLimit}; empty to leave that field alone
   */
  public static void set(ContainerResponseContext response, Collection<RateLimitPolicy> policies,
      Collection<RateLimit> limits) {
    set(Objects.requireNonNull(response, "response").getHeaders(), policies, limits);
  }

  /**
   * Sets the fields on a response a resource method builds.
   *
   * @param response the builder
   * @param policies the policies for {@code RateLimit-Policy}; empty to leave that field alone
   * @param limits the limits for {@code RateLimit}; empty to leave that field alone
   * @return the builder
   */
  public static Response.ResponseBuilder set(Response.ResponseBuilder response, Collection<RateLimitPolicy> policies,
      Collection<RateLimit> limits) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(limits, "limits");
    if (!policies.isEmpty()) {
      response.header(RateLimitPolicy.FIELD, null).header(RateLimitPolicy.FIELD, RateLimitPolicy.fieldValue(policies));
    }
    if (!limits.isEmpty()) {
      response.header(RateLimit.FIELD, null).header(RateLimit.FIELD, RateLimit.fieldValue(limits));
    }
    return response;
  }

  static void set(MultivaluedMap<String, Object> headers, Collection<RateLimitPolicy> policies,
      Collection<RateLimit> limits) {
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(limits, "limits");
    if (!policies.isEmpty()) {
      headers.putSingle(RateLimitPolicy.FIELD, RateLimitPolicy.fieldValue(policies));
    }
    if (!limits.isEmpty()) {
      headers.putSingle(RateLimit.FIELD, RateLimit.fieldValue(limits));
    }
  }
}
