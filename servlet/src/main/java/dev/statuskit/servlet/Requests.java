package dev.statuskit.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;

/** Reads what StatusKit needs from a request, across dispatch types and Servlet 6.0 and 6.1. */
final class Requests {

  /**
   * The original method of an error dispatch. Servlet 6.1 ({@code RequestDispatcher.ERROR_METHOD})
   * makes every error dispatch a GET; the constant is read as a string so the jar runs on 6.0.
   */
  static final String ERROR_METHOD = "jakarta.servlet.error.method";

  private Requests() {}

  /**
   * The method the client sent: on an error dispatch of a Servlet 6.1 container, the one from
   * {@value #ERROR_METHOD}; otherwise {@link HttpServletRequest#getMethod()}.
   */
  static String method(HttpServletRequest request) {
    if (request.getDispatcherType() == DispatcherType.ERROR
        && request.getAttribute(ERROR_METHOD) instanceof String m && !m.isEmpty()) {
      return m;
    }
    return request.getMethod();
  }

  /** The path the client asked for, also on an error dispatch. */
  static String uri(HttpServletRequest request) {
    if (request.getDispatcherType() == DispatcherType.ERROR
        && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u) {
      return u;
    }
    return request.getRequestURI();
  }


  /** Every field line of a request header field joined by commas, or null when there is none. */
  static @Nullable String header(HttpServletRequest request, String name) {
    Enumeration<String> values = request.getHeaders(name);
    if (values == null || !values.hasMoreElements()) {
      return null;
    }
    String first = values.nextElement();
    if (!values.hasMoreElements()) {
      return first;
    }
    StringBuilder sb = new StringBuilder(first);
    while (values.hasMoreElements()) {
      sb.append(", ").append(values.nextElement());
    }
    return sb.toString();
  }
}
