package dev.statuskit.examples;

import dev.statuskit.BadRequestException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import dev.statuskit.jaxrs.RateLimitHeaders;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rate limits {@link RateLimited} methods per client, and says so on every response: a call within
 * the quota gets {@code RateLimit} with the calls left (the method's {@code @QuotaPolicy} adds
 * {@code RateLimit-Policy}); a call beyond it gets 429 with the draft's {@code quota-exceeded}
 * problem, {@code Retry-After} and both fields. Clients are told apart by {@code X-Api-Key}; callers
 * without one share a bucket.
 */
@RateLimited
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 100)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The request header that names the client. */
  public static final String API_KEY = "X-Api-Key";

  /** The policy of the search: {@value RateLimiter#CAPACITY} calls a minute, at most all at once. */
  public static final RateLimitPolicy POLICY = RateLimitPolicy.of("search", RateLimiter.CAPACITY)
      .window(Duration.ofSeconds((long) RateLimiter.CAPACITY * RateLimiter.REFILL_SECONDS));

  private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  // Field injection and a public no-arg constructor: portable across CDI integrations (RESTEasy
  // checks for a constructor it could call itself, even when CDI creates the instance).
  @Inject
  RateLimiter limiter;

  /** The filter; CDI injects its collaborator. */
  public RateLimitFilter() {}

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(API_KEY);
    if (key == null) {
      key = "anonymous";
    } else if (!KEY.matcher(key).matches()) {
      throw new BadRequestException(API_KEY + " must be 1 to 64 letters, digits, '-' or '_'.");
    }
    RateLimiter.Decision d = limiter.decide(key);
    if (!d.allowed()) {
      Duration wait = Duration.ofSeconds((d.reset().toMillis() + 999) / 1000);
      throw TooManyRequestsException.quotaExceeded(POLICY.name())
          .detail("Search allows " + RateLimiter.CAPACITY + " calls at once and one more every "
              + RateLimiter.REFILL_SECONDS + " seconds per API key.")
          // In the client's language, from statuskit-messages_*.properties, with the same numbers.
          .detailKey("search.quota", Map.of("calls", RateLimiter.CAPACITY, "seconds", RateLimiter.REFILL_SECONDS))
          .retryAfter(wait)
          .rateLimitPolicies(POLICY)
          .rateLimits(RateLimit.of(POLICY.name(), 0).reset(wait));
    }
    request.setProperty(DECISION, d);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateLimiter.Decision d) {
      RateLimitHeaders.set(response, List.of(), List.of(RateLimit.of(POLICY.name(), d.remaining()).reset(d.reset())));
    }
  }
}
