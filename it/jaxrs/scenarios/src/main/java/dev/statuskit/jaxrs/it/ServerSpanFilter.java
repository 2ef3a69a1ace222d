package dev.statuskit.jaxrs.it;

import dev.statuskit.testsupport.Telemetry;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Stands in for the OpenTelemetry agent's server instrumentation: a SERVER span from the request's
 * {@code traceparent}, current from before matching until the response filters run.
 */
@PreMatching
@Priority(1)
public class ServerSpanFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String SPAN = ServerSpanFilter.class.getName();

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(SPAN, Telemetry.serverSpan(request.getMethod(),
        request.getUriInfo().getRequestUri().getRawPath(), request::getHeaderString));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object span = request.getProperty(SPAN);
    if (span instanceof AutoCloseable closeable) {
      request.removeProperty(SPAN);
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
