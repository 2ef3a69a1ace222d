package dev.statuskit.jaxrs.it;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** A response filter whose header shows that filters ran on a (mapped) response. */
@Provider
public class MarkerResponseFilter implements ContainerResponseFilter {
  public static final String HEADER = "X-Response-Filter";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(HEADER, "ran");
  }
}
