package dev.statuskit.jaxrs;

import dev.statuskit.engine.ProblemEngine;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a mapper needs to know of the current request, read from the context proxies the runtime
 * injected, or from the {@link ContainerRequestContext} a request filter holds. Every read
 * tolerates a missing context (a mapper called outside a request, or before matching), because
 * error handling must not fail. One per error; not thread-safe.
 */
final class RequestView implements ProblemEngine.Request {

  private final @Nullable ContainerRequestContext context;
  private final @Nullable HttpHeaders headers;
  private final @Nullable Request request;
  private final @Nullable UriInfo uriInfo;
  private final @Nullable ResourceInfo resourceInfo;
  private final ProblemResponder responder;
  private @Nullable EndpointRules rules;
  private @Nullable MultivaluedMap<String, String> headerMap;
  private boolean headerMapRead;

  RequestView(@Nullable HttpHeaders headers, @Nullable Request request, @Nullable UriInfo uriInfo,
      @Nullable ResourceInfo resourceInfo, ProblemResponder responder) {
    this.context = null;
    this.responder = responder;
    this.headers = headers;
    this.request = request;
    this.uriInfo = uriInfo;
    this.resourceInfo = resourceInfo;
  }

  /** A request as a filter holds it: read from the context, the endpoint through {@code resourceInfo}. */
  RequestView(ContainerRequestContext context, @Nullable ResourceInfo resourceInfo, ProblemResponder responder) {
    this.context = context;
    this.responder = responder;
    this.headers = null;
    this.request = null;
    this.uriInfo = null;
    this.resourceInfo = resourceInfo;
  }

  /**
   * A request as a filter holds it, whose endpoint's rules the caller already knows (Jersey's
   * resource method invocation, which sees the method before any mapper).
   */
  RequestView(ContainerRequestContext context, EndpointRules rules, ProblemResponder responder) {
    this(context, (ResourceInfo) null, responder);
    this.rules = rules;
  }

  /**
   * A field as {@code getHeaderString} gives it (several values joined by {@code ","}). Through the
   * injected proxy, the header map is fetched once per view and read from then on: each call on a
   * context proxy looks the request up in the runtime's request scope again. JAX-RS makes that map
   * case-insensitive in its keys.
   */
  @Override
  public @Nullable String header(String name) {
    try {
      if (context != null) {
        return context.getHeaderString(name);
      }
      MultivaluedMap<String, String> map = requestHeaders();
      List<String> values = map == null ? null : map.get(name);
      if (values == null) {
        return null;
      }
      return values.size() == 1 ? values.get(0) : String.join(",", values);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private @Nullable MultivaluedMap<String, String> requestHeaders() {
    if (!headerMapRead) {
      headerMapRead = true;
      headerMap = headers == null ? null : headers.getRequestHeaders();
    }
    return headerMap;
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


  /** The matched resource method, or {@code null} before matching or when the runtime cannot tell. */
  @Nullable Method endpointMethod() {
    try {
      return resourceInfo == null ? null : resourceInfo.getResourceMethod();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public ProblemEngine.Endpoint endpoint() {
    return rules();
  }

  /** The rules of the matched endpoint, read once per view (each read is a context lookup). */
  EndpointRules rules() {
    EndpointRules r = rules;
    if (r == null) {
      r = readRules();
      rules = r;
    }
    return r;
  }

  private EndpointRules readRules() {
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
