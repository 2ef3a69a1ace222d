package dev.statuskit.servlet;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemEvent;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers async failures and time-outs with problems, then completes the async context, which
 * spares the container its own 500 error dispatch (Servlet 6.0 §2.3.3.3).
 *
 * <p>A time-out is answered with 503 Service Unavailable without {@code Retry-After}: the server
 * could not produce the response in the time it allows itself, which is the server's condition
 * and usually temporary (RFC 9110 §15.6.4), not a failure of the application (500) nor of an
 * upstream server (504). A committed response is left to the container after one log record.
 */
final class ProblemAsyncListener implements AsyncListener {

  /** Request attribute: the async context this listener watches, so it is added once per cycle. */
  static final String WATCHING = "dev.statuskit.servlet.async";

  static final String TIMEOUT_DETAIL = "The request did not complete within the server's time limit.";

  private final ProblemResponder responder;

  ProblemAsyncListener(ProblemResponder responder) {
    this.responder = responder;
  }

  /** Adds a listener to the request's current async cycle, once. */
  static void watch(ServletRequest request, ProblemResponder responder) {
    AsyncContext context = request.getAsyncContext();
    if (request.getAttribute(WATCHING) == context) {
      return;
    }
    try {
      context.addListener(new ProblemAsyncListener(responder));
      request.setAttribute(WATCHING, context);
    } catch (IllegalStateException alreadyDispatchedOrCompleted) {
      // Nothing left to watch in this cycle.
    }
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // A new cycle (startAsync during an async dispatch) drops the listeners of the old one.
    event.getAsyncContext().addListener(this);
    event.getAsyncContext().getRequest().setAttribute(WATCHING, event.getAsyncContext());
  }

  @Override
  public void onComplete(AsyncEvent event) {
    // Nothing to do.
  }

  @Override
  public void onTimeout(AsyncEvent event) throws IOException {
    // Nothing was thrown: a status with StatusKit's own detail, which carries no internals.
    if (event.getAsyncContext().getRequest() instanceof HttpServletRequest) {
      answer(event.getAsyncContext(), new ProblemEngine.Classification(HttpStatus.SERVICE_UNAVAILABLE,
          HeaderFields.empty(), Problem.builder().detail(TIMEOUT_DETAIL).build(), ProblemEvent.Origin.STATUS, null,
          null, "async time-out"), responder);
    }
  }

  @Override
  public void onError(AsyncEvent event) throws IOException {
    Throwable t = event.getThrowable();
    if (t != null) {
      answer(event, t);
    } else if (event.getAsyncContext().getRequest() instanceof HttpServletRequest) {
      answer(event.getAsyncContext(), responder.forStatus(500, null, null, "async error"),
          responder);
    }
  }

  private void answer(AsyncEvent event, Throwable t) throws IOException {
    if (event.getAsyncContext().getRequest() instanceof HttpServletRequest request) {
      answer(event.getAsyncContext(), responder.classify(request, t), responder);
    }
  }

  /**
   * Answers an async request with a resolution and completes it, unless the application already
   * answered with {@code sendError} (then only completes), the response is committed (then only
   * logs) or unhandled exceptions are left to the container.
   *
   * @return whether the request was answered or completed
   */
  static boolean answer(AsyncContext context, ProblemEngine.Classification c, ProblemResponder responder)
      throws IOException {
    if (!(context.getRequest() instanceof HttpServletRequest request)) {
      return false;
    }
    HttpServletResponse response = ProblemResponse.unwrap(context.getResponse());
    if (context.getResponse() instanceof ProblemResponse wrapped && wrapped.errorSent() && !response.isCommitted()) {
      // The application answered with sendError but never completed: its answer stands.
      (context instanceof ProblemAsyncContext ours ? ours.delegate() : context).complete();
      return true;
    }
    if (c.isUnhandled() && !responder.settings().mapUnhandled()) {
      return false;
    }
    if (context.getResponse() instanceof ProblemResponse wrapped && !wrapped.takeOver()) {
      // The application completed first, racing with this event: its answer stands, whole.
      return false;
    }
    // From here on, a racing application write or complete() is dropped, not mixed in.
    AsyncContext container = context instanceof ProblemAsyncContext ours ? ours.delegate() : context;
    if (!responder.answer(request, response, c, false)) {
      // The application's answer is on the wire already; its own complete() is now ignored, so
      // end the request here rather than leave it to hang.
      if (context.getResponse() instanceof ProblemResponse) {
        container.complete();
      }
      return false;
    }
    container.complete();
    return true;
  }
}
