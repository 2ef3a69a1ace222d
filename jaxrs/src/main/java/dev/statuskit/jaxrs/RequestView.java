package dev.statuskit.jaxrs;

import dev.statuskit.ProblemHandler;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * What a mapper needs to know of the current request, read from the context proxies the runtime
 * injected, or from the {@link ContainerRequestContext} a request filter holds. Every read
 * tolerates a missing context (a mapper called outside a request, or before matching), because
 * error handling must not fail. One per error; not thread-safe.
 */
final class RequestView implements ProblemHandler.RequestLine {

  private final @Nullable ContainerRequestContext context;
  private final @Nullable HttpHeaders headers;
  private final @Nullable Request request;
  private final @Nullable UriInfo uriInfo;
  private final @Nullable ResourceInfo resourceInfo;
  private @Nullable EndpointRules rules;

  RequestView(@Nullable HttpHeaders headers, @Nullable Request request, @Nullable UriInfo uriInfo,
      @Nullable ResourceInfo resourceInfo) {
    this.context = null;
    this.headers = headers;
    this.request = request;
    this.uriInfo = uriInfo;
    this.resourceInfo = resourceInfo;
  }

  /** A request as a filter holds it: read from the context, the endpoint through {@code resourceInfo}. */
  RequestView(ContainerRequestContext context, @Nullable ResourceInfo resourceInfo) {
    this.context = context;
    this.headers = null;
    this.request = null;
    this.uriInfo = null;
    this.resourceInfo = resourceInfo;
  }

  @Nullable String accept() {
    try {
      if (context != null) {
        return context.getHeaderString(HttpHeaders.ACCEPT);
      }
      return headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT);
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public String method() {
    try {
      if (context != null) {
        return context.getMethod();
      }
      return request == null ? "?" : request.getMethod();
    } catch (RuntimeException e) {
      return "?";
    }
  }

  /** The raw request path, or {@code "?"} when the runtime cannot tell. */
  @Override
  public String path() {
    try {
      if (context != null) {
        return context.getUriInfo().getRequestUri().getRawPath();
      }
      return uriInfo == null ? "?" : uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException e) {
      return "?";
    }
  }


  /** The rules of the matched endpoint, read once per view (each read is a context lookup). */
  EndpointRules rules(ProblemResponder responder) {
    EndpointRules r = rules;
    if (r == null) {
      r = readRules(responder);
      rules = r;
    }
    return r;
  }

  private EndpointRules readRules(ProblemResponder responder) {
    try {
      if (resourceInfo == null) {
        return EndpointRules.NONE;
      }
      Method m = resourceInfo.getResourceMethod();
      Class<?> c = resourceInfo.getResourceClass();
      return responder.rules(c == null && m != null ? m.getDeclaringClass() : c, m);
    } catch (RuntimeException e) {
      // Outside a matched request some runtimes' proxies throw instead of returning null.
      return EndpointRules.NONE;
    }
  }
}
