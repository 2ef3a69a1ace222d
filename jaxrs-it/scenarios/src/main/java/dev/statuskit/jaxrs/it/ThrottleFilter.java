package dev.statuskit.jaxrs.it;

import dev.statuskit.TooManyRequestsException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/** A request filter that throws a StatusKit exception when asked to. */
@Provider
public class ThrottleFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if ("yes".equals(request.getHeaderString("X-Throttle"))) {
      throw new TooManyRequestsException().retryAfter(Duration.ofSeconds(7));
    }
  }
}
