package dev.statuskit.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request downstream code sees; it only changes {@link #startAsync()}, which then keeps
 * StatusKit's response wrapper in the async context. Per the spec {@code startAsync()} would hand
 * out the container's unwrapped response, and a {@code sendError} on it from an application thread
 * would go to the container's error handling, which Jetty skips for PUT, DELETE and PATCH (empty
 * body). Undertow already behaves this way.
 */
final class ProblemRequest extends HttpServletRequestWrapper {

  private final ProblemResponse response;

  ProblemRequest(HttpServletRequest request, ProblemResponse response) {
    super(request);
    this.response = response;
  }

  /** Whether this wrapper belongs to that response wrapper. */
  boolean wraps(ProblemResponse r) {
    return response == r;
  }

  @Override
  public AsyncContext startAsync() {
    return startAsync(this, response);
  }
}
