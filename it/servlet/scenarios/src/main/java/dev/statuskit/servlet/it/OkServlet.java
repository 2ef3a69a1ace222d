package dev.statuskit.servlet.it;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A GET answers 200 with the {@code text/plain} body {@code ok}; the other methods get HttpServlet's
 * default 405. The servlet of the connector tests, and of the suites' GET-only paths.
 */
public final class OkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("text/plain");
    resp.getWriter().write("ok");
  }
}
