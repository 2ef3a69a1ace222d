package dev.statuskit.servlet;

import dev.statuskit.engine.ProblemEngine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The error page for errors {@link ProblemFilter} never sees: those the container raises before or
 * outside the filter chain (no servlet mapped, limits, authentication valves), and {@code
 * sendError} calls on the container's own response (a filter ordered before StatusKit, code that
 * unwraps the response). Declared as the default {@code <error-page>} (location {@value
 * StatusKitServlet#ERROR_PAGE}), it reads the {@code jakarta.servlet.error.*} request attributes
 * and writes the problem the way the filter does:
 * <ul>
 *   <li>with {@code jakarta.servlet.error.exception}: the resolver's answer for the exception
 *       (which never shows the message of a 5xx);
 *   <li>otherwise the problem of {@code jakarta.servlet.error.status_code}, with {@code
 *       jakarta.servlet.error.message} as {@code detail} of a 4xx only, cleaned and cut like a
 *       {@code sendError} message.
 * </ul>
 * Header fields already set (a container's {@code Allow} or {@code WWW-Authenticate}) are kept;
 * the method of the original request ({@code jakarta.servlet.error.method} on Servlet 6.1, read as
 * a string) decides whether a body is written, so HEAD stays without one. A committed response is
 * only logged. Requests that are not error dispatches get 404 Not Found.
 *
 * <p>Configured like the filter, by its own init-params first.
 *
 * @since 0.1.0
 */
public final class ProblemErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private transient @Nullable ProblemResponder responder;

  /** Creates the servlet; the container calls {@link #init(ServletConfig)}. */
  public ProblemErrorServlet() {
    // Configured in init.
  }

  /**
   * Reads and validates the configuration.
   *
   * @throws ServletException naming the key, value and source of a bad setting
   */
  @Override
  public void init() throws ServletException {
    ServletConfig config = getServletConfig();
    responder = Config.load("servlet " + config.getServletName(), config.getInitParameterNames(),
        config::getInitParameter, config.getServletContext());
  }

  /** Handles every method alike: an error dispatch on Servlet 6.0 keeps the client's method. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    ProblemResponder r = responder;
    if (r == null) {
      throw new ServletException("ProblemErrorServlet was not initialized");
    }
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      r.answer(request, response, r.forStatus(404, null, null, "direct request to the error page"), false);
      return;
    }
    r.answer(request, response, classify(r, request), true);
  }

  private static ProblemEngine.Classification classify(ProblemResponder r, HttpServletRequest request) {
    int code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer i ? i : 500;
    if (code < 400 || code > 599) {
      code = 500;
    }
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String s ? s : null;
    if (exception instanceof Throwable t) {
      ProblemEngine.Classification resolved = r.classify(request, t);
      if (!resolved.isUnhandled()) {
        return resolved;
      }
      // The container may know better than "500" (Jetty answers a bad message with 400); the
      // exception's message is still never shown. statuskit.map-unhandled=false only made the
      // filter leave the exception to the container: this page is what the container chose.
      return code == 500 ? resolved : r.forStatus(code, null, t, "container");
    }
    return r.forStatus(code, message, null, "container");
  }
}
