package dev.statuskit.servlet;

import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Objects;

/**
 * Puts {@code RateLimit-Policy} and {@code RateLimit} on any servlet response, a 200 as well as an
 * error, so that an application's rate limiter tells every client how much it may still send. The
 * error path needs none of this: a {@code TooManyRequestsException} or
 * {@code ServiceUnavailableException} carries its own fields.
 *
 * <pre>{@code
 * public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) {
 *   Bucket b = buckets.take(req);
 *   RateLimitHeaders.set((HttpServletResponse) res, List.of(b.policy()), List.of(b.limit()));
 *   chain.doFilter(req, res);
 * }
 * }</pre>
 *
 * <p>Set the fields before the response is committed (before the body is written); a committed
 * response ignores them, as the Servlet API does. The fields follow {@value RateLimit#DRAFT}, a draft
 * that may still change: they are sent only where an application calls this class. An empty
 * collection leaves its field as it is. Thread-safe (no state).
 *
 * @since 0.3.0
 */
public final class RateLimitHeaders {

  private RateLimitHeaders() {}

  /**
   * Sets the fields, replacing any earlier value.
   *
   * @param response the response
   * @param policies the policies for {@code RateLimit-Policy}; empty to leave that field alone
   * @param limits the limits for {@code RateLimit}; empty to leave that field alone
   */
  public static void set(HttpServletResponse response, Collection<RateLimitPolicy> policies,
      Collection<RateLimit> limits) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(limits, "limits");
    if (!policies.isEmpty()) {
      response.setHeader(RateLimitPolicy.FIELD, RateLimitPolicy.fieldValue(policies));
    }
    if (!limits.isEmpty()) {
      response.setHeader(RateLimit.FIELD, RateLimit.fieldValue(limits));
    }
  }
}
