package dev.statuskit.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The request downstream code sees; it only changes the async methods: {@link #startAsync()} keeps
 * StatusKit's response wrapper in the async context, and the async context answers exceptions of
 * {@link AsyncContext#start(Runnable)} tasks (see {@link ProblemAsyncContext}). Per the spec {@code startAsync()} would hand
 * out the container's unwrapped response, and a {@code sendError} on it from an application thread
 * would go to the container's error handling, which Jetty skips for PUT, DELETE and PATCH (empty
 * body). Undertow already behaves this way.
 */
final class ProblemRequest extends HttpServletRequestWrapper {

  private final ProblemResponse response;
  private final ProblemResponder responder;
  private volatile @Nullable ProblemAsyncContext async;

  ProblemRequest(HttpServletRequest request, ProblemResponse response, ProblemResponder responder) {
    super(request);
    this.response = response;
    this.responder = responder;
  }

  /** Whether this wrapper belongs to that response wrapper. */
  boolean wraps(ProblemResponse r) {
    return response == r;
  }

  @Override
  public AsyncContext startAsync() {
    return startAsync(this, response);
  }

  @Override
  public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
    return wrap(super.startAsync(request, response));
  }

  @Override
  public AsyncContext getAsyncContext() {
    return wrap(super.getAsyncContext());
  }

  private AsyncContext wrap(AsyncContext context) {
    ProblemAsyncContext current = async;
    if (current == null || current.delegate() != context) {
      current = new ProblemAsyncContext(context, responder);
      async = current;
    }
    return current;
  }
}
