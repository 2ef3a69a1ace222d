package dev.statuskit.jaxrs.it;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.jaxrs.ProblemResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.time.Duration;

/**
 * A request filter that throws a StatusKit exception when asked to ({@code X-Throttle: yes}), or
 * rejects the request without throwing ({@code X-Throttle: abort}) through {@link ProblemResponses}:
 * {@code abortWith} StatusKit's response to the exception.
 */
@Provider
public class ThrottleFilter implements ContainerRequestFilter {
  @Context
  private Providers providers;

  @Override
  public void filter(ContainerRequestContext request) {
    String throttle = request.getHeaderString("X-Throttle");
    if ("yes".equals(throttle)) {
      throw new TooManyRequestsException().retryAfter(Duration.ofSeconds(7));
    }
    if ("abort".equals(throttle)) {
      TooManyRequestsException e = new TooManyRequestsException("You sent 120 requests in the last minute.");
      e.retryAfter(Duration.ofSeconds(7)).extension("limit", 100);
      ProblemResponses.of(providers).abort(request, e);
    }
  }
}
