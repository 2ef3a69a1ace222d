package dev.statuskit.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.jspecify.annotations.Nullable;

/** The request context every StatusKit mapper has injected (thread-local proxies on all runtimes). */
abstract class ProblemMapperBase {

  final ProblemResponder responder;

  @Context
  private @Nullable HttpHeaders headers;

  @Context
  private @Nullable Request request;

  @Context
  private @Nullable UriInfo uriInfo;

  @Context
  private @Nullable ResourceInfo resourceInfo;

  ProblemMapperBase(ProblemResponder responder) {
    this.responder = responder;
  }

  /**
   * The request being answered: read from the request itself where the runtime lets StatusKit
   * (Jersey), else through this mapper's injected proxies; the endpoint through its injected
   * {@link ResourceInfo}, read only when a problem lacks what its annotations supply.
   */
  final RequestView request() {
    ContainerRequestContext current = responder.currentRequest();
    if (current != null) {
      return request(current);
    }
    return new RequestView(headers, request, uriInfo, resourceInfo, responder);
  }

  /**
   * The request as a request filter holds it: method, path and {@code Accept} read from the
   * context itself (no context proxy per read); the endpoint through this mapper's injected
   * {@link ResourceInfo}, read only when a problem lacks what its annotations supply.
   */
  final RequestView request(ContainerRequestContext context) {
    return new RequestView(context, resourceInfo, responder);
  }
}
