package dev.statuskit.servlet.it;

import dev.statuskit.TooManyRequestsException;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The hostile application: injection attempts, hostile text, leaking exceptions, failing hooks. */
public final class Hostile {

  private Hostile() {}

  /** In every exception message of this application; never in a body. */
  static final String LEAK = dev.statuskit.testsupport.Hostile.LEAK;

  /** Text that breaks naive writers. */
  static final String HOSTILE = dev.statuskit.testsupport.Hostile.HOSTILE;

  public static final String FILTER_NAME = "hostile-filter";
  public static final String FILTER_PATTERN = "/hostile/filter/*";

  /** A filter behind StatusKit's that fails. */
  public static final class FailingFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws ServletException {
      throw new ServletException("filter: " + LEAK, new IllegalStateException(LEAK));
    }
  }

  /** Does what its path names. */
  public static final class Endpoint extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
      String what = String.valueOf(req.getPathInfo()).substring(1);
      String marker = req.getParameter("m");
      // Header injection, hostile bodies, failing hooks, cause chains: the cases every runtime shares.
      RuntimeException shared = what.equals("typed-in-chain") ? null : dev.statuskit.testsupport.Hostile.thrown(what);
      if (shared != null) {
        throw shared;
      }
      switch (what) {
        // Header injection in sendError's message.
        case "inject-send-error" -> resp.sendError(400, "bad\r\nInjected: yes\r\n\r\nHTTP/1.1 200 OK\r\nX: y");
        // Leaks: none of these messages may reach a body.
        case "leak" -> throw new IllegalStateException(LEAK, new IOException(LEAK));
        case "leak-wrapped" -> throw new ServletException(LEAK, new java.io.UncheckedIOException(new IOException(LEAK)));
        case "send-error-leak" -> resp.sendError(500, LEAK);
        case "async-leak" -> {
          AsyncContext ctx = req.startAsync();
          ctx.setTimeout(30_000);
          ctx.start(() -> {
            throw new IllegalStateException(LEAK);
          });
        }
        // The typed exception under untyped wrappers, the outermost a ServletException.
        case "typed-in-chain" -> throw new ServletException(LEAK, dev.statuskit.testsupport.Hostile.thrown(what));
        // Committed and aborted responses
        case "stream-fail", "slow" -> {
          resp.setContentType("text/plain");
          dev.statuskit.testsupport.Hostile.stream(what, resp.getOutputStream());
        }
        case "async-race" -> {
          AsyncContext ctx = req.startAsync();
          ctx.setTimeout(20);
          ctx.start(() -> {
            try {
              Thread.sleep(20);
              ctx.getResponse().setContentType("text/plain");
              ctx.getResponse().getWriter().write("done");
              ctx.complete();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (IOException | IllegalStateException | NullPointerException lostTheRace) {
              // The time-out answered first; the application's own late write fails, as it should.
            }
          });
        }
        // Load: each request carries its own marker in detail and header
        case "load-429" -> throw new TooManyRequestsException(marker).header("X-Marker", marker);
        case "load-404" -> {
          resp.setHeader("X-Marker", marker);
          resp.sendError(404, marker);
        }
        case "load-500" -> throw new IllegalStateException(marker + " " + LEAK);
        case "load-async" -> {
          AsyncContext ctx = req.startAsync(req, resp);
          ctx.setTimeout(30_000);
          ctx.start(() -> {
            throw new TooManyRequestsException(marker).header("X-Marker", marker);
          });
        }
        default -> resp.sendError(404);
      }
    }
  }
}
