package dev.statuskit.servlet.it;

import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.RangeNotSatisfiableException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.UpgradeRequiredException;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.Protocol;
import dev.statuskit.servlet.ProblemErrorServlet;
import dev.statuskit.servlet.ProblemFilter;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.testsupport.RecordingListener;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/** The servlets of the scenario application; every harness deploys these, and nothing else. */
public final class Scenarios {

  private Scenarios() {}

  public record ServletSpec(String name, Class<? extends Servlet> type, boolean async, String pattern) {}

  public static List<ServletSpec> servlets() {
    return List.of(
        new ServletSpec("throwing", Throwing.class, false, "/throw/*"),
        new ServletSpec("send-error", SendError.class, false, "/send-error/*"),
        new ServletSpec("get-only", OkServlet.class, false, "/get-only"),
        new ServletSpec("async", Async.class, true, "/async/*"),
        new ServletSpec("committed", Committed.class, false, "/committed"),
        new ServletSpec("gated", OkServlet.class, false, GATE_PATTERN),
        new ServletSpec("hostile", Hostile.Endpoint.class, true, "/hostile/*"),
        new ServletSpec("wire", WireCases.class, true, "/wire/*"),
        new ServletSpec("wire-get-only", OkServlet.class, false, "/wire-get-only/*"));
  }

  /**
   * Registers the scenario application through the Servlet API: {@link Gate} first, then StatusKit as
   * {@code statusKit} registers it, then the failing hostile filter behind it, then the servlets.
   *
   * @param context the context, before it starts (or in a {@code ServletContainerInitializer})
   * @param statusKit registers StatusKit's filter and error servlet
   */
  public static void deploy(ServletContext context, Consumer<ServletContext> statusKit) {
    context.addFilter(GATE_NAME, Gate.class)
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, GATE_PATTERN);
    statusKit.accept(context);
    context.addFilter(Hostile.FILTER_NAME, Hostile.FailingFilter.class)
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, Hostile.FILTER_PATTERN);
    for (ServletSpec s : servlets()) {
      var registration = context.addServlet(s.name(), s.type());
      registration.setAsyncSupported(s.async());
      registration.addMapping(s.pattern());
    }
  }

  /**
   * StatusKit's filter and error servlet, declared as its web fragment declares them, for a container
   * that reads no descriptors here.
   *
   * @param context the context
   */
  public static void declareStatusKit(ServletContext context) {
    var filter = context.addFilter(StatusKitServlet.FILTER_NAME, ProblemFilter.class);
    filter.setAsyncSupported(true);
    filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR),
        false, "/*");
    var errorServlet = context.addServlet(StatusKitServlet.ERROR_SERVLET_NAME, ProblemErrorServlet.class);
    errorServlet.setLoadOnStartup(1);
    errorServlet.setAsyncSupported(true);
    errorServlet.addMapping(StatusKitServlet.ERROR_PAGE);
  }

  public static final String SECRET = dev.statuskit.testsupport.Hostile.SECRET;

  /** Name and pattern of {@link Gate}, which harnesses put in front of StatusKit's filter. */
  public static final String GATE_NAME = "gate";
  public static final String GATE_PATTERN = "/gate/*";

  /**
   * A filter ordered before StatusKit (like a security filter declared in web.xml): what it throws
   * or sends never passes StatusKit's filter, so the container and the error page handle it.
   */
  public static final class Gate implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletResponse resp = (HttpServletResponse) response;
      String uri = ((HttpServletRequest) request).getRequestURI();
      // The segment after /gate, so that a test can add a token of its own behind it.
      String what = uri.substring(uri.indexOf("/gate/") + "/gate".length());
      switch (what.indexOf('/', 1) < 0 ? what : what.substring(0, what.indexOf('/', 1))) {
        case "/typed" -> throw new TooManyRequestsException("Slow down.").retryAfter(Duration.ofSeconds(120));
        case "/unknown" -> throw new IllegalStateException("gate key " + SECRET + " expired");
        case "/deny" -> {
          resp.setHeader("WWW-Authenticate", "Basic realm=\"gate\"");
          resp.sendError(401, "Gate closed.");
        }
        default -> chain.doFilter(request, response);
      }
    }
  }

  /** Throws the exception its path names; sets a header first, which must not survive. */
  public static final class Throwing extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
      resp.setHeader("X-Before", "set before the throw");
      String what = String.valueOf(req.getPathInfo());
      switch (what) {
        case "/429" -> throw new TooManyRequestsException("Slow down.").retryAfter(Duration.ofSeconds(120));
        case "/401" -> throw new UnauthorizedException(Challenge.bearer("api"));
        case "/405" -> throw new MethodNotAllowedException("GET", "HEAD");
        case "/426" -> throw new UpgradeRequiredException(Protocol.of("HTTP", "2.0"));
        case "/416" -> throw new RangeNotSatisfiableException(1000);
        case "/413" -> throw new dev.statuskit.ContentTooLargeException("Uploads are limited to 16 bytes.");
        case "/wrapped" -> throw new ServletException("wrapper",
            new TooManyRequestsException("Slow down.").retryAfter(Duration.ofSeconds(120)));
        case "/io" -> throw new IOException("disk " + SECRET + " failed");
        case "/unsupported" -> throw new UnsupportedOperationException("feature " + SECRET + " is off");
        default -> throw new IllegalStateException("password " + SECRET + " rejected");
      }
    }
  }

  /** Calls sendError the way application and security code does. */
  public static final class SendError extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
      String what = String.valueOf(req.getPathInfo());
      switch (what) {
        case "/401" -> {
          resp.setHeader("WWW-Authenticate", "Basic realm=\"scenarios\"");
          resp.sendError(401);
        }
        case "/404" -> resp.sendError(404);
        case "/429-cached" -> {
          resp.setHeader("Cache-Control", "private, max-age=5");
          resp.setHeader("Retry-After", "30");
          resp.sendError(429, "Slow down.");
        }
        case "/after-writer" -> {
          resp.getWriter().write("partial");
          resp.sendError(404, "Bestellung \u201e42\u201c fehlt \ud83d\ude00");
        }
        case "/404-message" -> resp.sendError(404, "No order 42.\r\nInjected: yes");
        case "/503-message" -> resp.sendError(503, "upstream " + SECRET + " is down");
        case "/long" -> resp.sendError(400, "x".repeat(10_000));
        case "/then-write" -> {
          resp.setHeader("X-Kept", "yes");
          resp.sendError(409, "Version conflict.");
          // What the container would do after sendError, checked here; a failure shows as a 500.
          check(resp.isCommitted(), "isCommitted() after sendError");
          check(throwsIllegalState(resp::reset), "reset() after sendError");
          check(throwsIllegalState(resp::resetBuffer), "resetBuffer() after sendError");
          check(throwsIllegalState(() -> resp.sendError(500)), "second sendError");
          resp.setStatus(200);
          resp.setHeader("X-After", "set after sendError");
          resp.setContentType("text/plain");
          resp.getWriter().write("written after sendError");
          resp.getOutputStream();
          resp.flushBuffer();
        }
        default -> resp.sendError(500);
      }
    }

    private interface Action {
      void run() throws IOException;
    }

    private static boolean throwsIllegalState(Action a) throws IOException {
      try {
        a.run();
        return false;
      } catch (IllegalStateException expected) {
        return true;
      }
    }

    private static void check(boolean ok, String what) {
      if (!ok) {
        throw new AssertionError("wrapper broke the contract: " + what);
      }
    }
  }

  /** Async failures: a time-out, a failing async dispatch, and sendError from an application thread. */
  public static final class Async extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String what = String.valueOf(req.getPathInfo());
      switch (what) {
        case "/timeout" -> req.startAsync().setTimeout(300);
        case "/start-throws" -> {
          AsyncContext ctx = req.startAsync();
          // Long enough that a time-out answer (503) cannot be mistaken for the failure's (500).
          ctx.setTimeout(30_000);
          ctx.start(() -> {
            throw new IllegalStateException("worker " + SECRET + " died");
          });
        }
        case "/start-throws-typed" -> {
          AsyncContext ctx = req.startAsync(req, resp);
          ctx.setTimeout(30_000);
          ctx.start(() -> {
            throw new TooManyRequestsException("Slow down.").retryAfter(Duration.ofSeconds(120));
          });
        }
        case "/dispatch-throw" -> {
          AsyncContext ctx = req.startAsync();
          ctx.start(() -> ctx.dispatch("/throw/429"));
        }
        case "/send-error" -> {
          // startAsync() carries the container's own response: this sendError bypasses the filter.
          AsyncContext ctx = req.startAsync();
          ctx.start(() -> {
            try {
              ((HttpServletResponse) ctx.getResponse()).sendError(503, "upstream " + SECRET + " is down");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            ctx.complete();
          });
        }
        case "/wrapped-send-error" -> {
          AsyncContext ctx = req.startAsync(req, resp);
          ctx.start(() -> {
            try {
              ((HttpServletResponse) ctx.getResponse()).sendError(409, "Busy.");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            ctx.complete();
          });
        }
        default -> resp.sendError(404);
      }
    }
  }

  /**
   * The problems whose wire response is compared with what {@link RecordingListener} was told: the
   * path info is {@code /<case>/<token>}, the token the test's own.
   */
  public static final class WireCases extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String what = String.valueOf(req.getPathInfo());
      switch (what.substring(0, Math.max(what.indexOf('/', 1), 0))) {
        case "/429" -> throw new TooManyRequestsException("Slow down.").retryAfter(Duration.ofSeconds(9));
        case "/401" -> {
          resp.setHeader("WWW-Authenticate", "Bearer realm=\"x\"");
          resp.setHeader("Cache-Control", "max-age=5");
          resp.sendError(401);
        }
        case "/boom" -> throw new IllegalStateException("password " + SECRET + " rejected");
        case "/timeout" -> req.startAsync().setTimeout(300);
        default -> resp.sendError(404);
      }
    }
  }

  /** Commits part of a body, then fails. */
  public static final class Committed extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String PARTIAL = "partial-body-".repeat(8);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setContentType("text/plain");
      resp.getOutputStream().write(PARTIAL.getBytes(StandardCharsets.US_ASCII));
      resp.flushBuffer();
      throw new IllegalStateException("stream " + SECRET + " broke");
    }
  }
}
