package dev.statuskit.servlet.it;

import dev.statuskit.TooManyRequestsException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** A plain application servlet that knows nothing of StatusKit's servlet module. */
public final class OrdersServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Creates the servlet. */
  public OrdersServlet() {
    // Nothing to set up.
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    switch (String.valueOf(req.getPathInfo())) {
      case "/busy" -> throw new TooManyRequestsException("Slow down.").retryAfter(Duration.ofSeconds(30));
      case "/broken" -> throw new IllegalStateException("connection to db-7.internal refused");
      case "/missing" -> resp.sendError(404, "No order missing.");
      default -> {
        resp.setContentType("text/plain");
        resp.getWriter().write("orders");
      }
    }
  }
}
