package dev.statuskit.jaxrs.it;

import dev.statuskit.ServiceUnavailableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/** A pre-matching request filter that throws: no resource method is known yet (ResourceInfo is empty). */
@Provider
@PreMatching
public class PreMatchingFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if ("yes".equals(request.getHeaderString("X-Maintenance"))) {
      throw new ServiceUnavailableException().retryAfter(Duration.ofSeconds(90));
    }
  }
}
