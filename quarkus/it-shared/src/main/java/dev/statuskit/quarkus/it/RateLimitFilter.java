package dev.statuskit.quarkus.it;

import dev.statuskit.BadRequestException;
import dev.statuskit.TooManyRequestsException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** The example's filter: 429 with {@code Retry-After} once a client has spent its calls. */
@RateLimited
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

  public static final String API_KEY = "X-Api-Key";

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  @Inject
  RateLimiter limiter;

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(API_KEY);
    if (key == null) {
      key = "anonymous";
    } else if (!KEY.matcher(key).matches()) {
      throw new BadRequestException(API_KEY + " must be 1 to 64 letters, digits, '-' or '_'.");
    }
    Optional<Duration> wait = limiter.take(key);
    if (wait.isPresent()) {
      long seconds = (wait.get().toMillis() + 999) / 1000;
      throw new TooManyRequestsException("Search allows " + RateLimiter.CAPACITY + " calls at once and one more every "
          + RateLimiter.REFILL_SECONDS + " seconds per API key.")
          .retryAfter(Duration.ofSeconds(seconds));
    }
  }
}
