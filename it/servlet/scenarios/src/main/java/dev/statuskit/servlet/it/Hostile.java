package dev.statuskit.servlet.it;

import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.Problem;
import dev.statuskit.SeeOtherException;
import dev.statuskit.ServiceUnavailableException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.header.Challenge;
import dev.statuskit.spi.ExtensionValueWriter;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** The hostile application: injection attempts, hostile text, leaking exceptions, failing hooks. */
public final class Hostile {

  private Hostile() {}

  /** In every exception message of this application; never in a body. */
  static final String LEAK = "password " + Scenarios.SECRET + " rejected by SELECT pw FROM users"
      + " reading /home/app/conf/db.properties";

  /**
   * Text that breaks naive writers: quotes, backslashes, control characters, lone surrogates,
   * markup that closes a script or a CDATA section, XML-illegal characters.
   */
  static final String HOSTILE = "q\"uote \\back\\slash \u0000\u0001\u0008\u000b\u000c\u001b\u001f\u007f"
      + " lone \ud800 and \udc00 pair \ud83d\ude00 </script><script>alert(1)</script> ]]> <![CDATA[x]]>"
      + " &amp; <!-- --> \ufffe\uffff end";

  public static final String FILTER_NAME = "hostile-filter";
  public static final String FILTER_PATTERN = "/hostile/filter/*";

  /** Counted down when a streaming response ends (normally or not). */
  static final AtomicReference<CountDownLatch> STREAM_DONE = new AtomicReference<>(new CountDownLatch(1));

  /** A type no writer knows but {@link ExplodingWriter}, which fails on it. */
  record Exploding(String name) {}

  /** Fails on {@link Exploding} with the leak in its message. */
  public static final class ExplodingWriter implements ExtensionValueWriter {
    @Override
    public boolean accepts(Class<?> type) {
      return type == Exploding.class;
    }

    @Override
    public Object toJsonValue(Object value) {
      throw new IllegalStateException("cannot convert: " + LEAK);
    }
  }

  /** Misbehaves on the paths that ask for it. */
  public static final class BadCustomizer implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      String path = event.path();
      if (path.endsWith("/customizer-throws") || path.endsWith("/customizer-leak")) {
        throw new IllegalStateException("customizer: " + LEAK);
      }
      if (path.endsWith("/bad-extension")) {
        return problem.toBuilder().extension("opaque", new Object()).build();
      }
      if (path.endsWith("/cyclic-extension")) {
        Map<String, Object> self = new HashMap<>();
        self.put("self", self);
        return problem.toBuilder().extension("cyclic", self).build();
      }
      return problem;
    }
  }

  /** Throws on the paths that ask for it. */
  public static final class BadListener implements ProblemListener {
    @Override
    public void onProblem(ProblemEvent event) {
      if (event.path().endsWith("/listener-throws")) {
        throw new IllegalStateException("listener: " + LEAK);
      }
    }
  }

  /** A filter behind StatusKit's that fails. */
  public static final class FailingFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws ServletException {
      throw new ServletException("filter: " + LEAK, new IllegalStateException(LEAK));
    }
  }

  static Object nested(int depth) {
    Object v = "bottom";
    for (int i = 0; i < depth; i++) {
      v = List.of(v);
    }
    return v;
  }

  /** Does what its path names. */
  public static final class Endpoint extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
      String what = String.valueOf(req.getPathInfo()).substring(1);
      String marker = req.getParameter("m");
      switch (what) {
        // Header injection: refused when the value is built, so the request fails with a 500.
        case "inject-header" -> throw new TooManyRequestsException("x").header("X-Note", "ok\r\nInjected: yes");
        case "inject-header-lf" -> throw new TooManyRequestsException("x").header("X-Note", "ok\nInjected: yes");
        case "inject-header-nul" -> throw new TooManyRequestsException("x").header("X-Note", "ok\u0000Injected: yes");
        case "inject-header-ctl" -> throw new TooManyRequestsException("x").header("X-Note", "ok\u001bInjected");
        case "inject-header-nonascii" -> throw new TooManyRequestsException("x").header("X-Note", "caf\u00e9");
        case "inject-header-name" -> throw new TooManyRequestsException("x").header("X-A\r\nInjected", "yes");
        case "inject-allow" -> throw new MethodNotAllowedException("GET\r\nInjected: yes");
        case "inject-challenge" -> throw new UnauthorizedException(Challenge.bearer("api\"\r\nInjected: yes"));
        case "inject-link" -> throw new dev.statuskit.UnavailableForLegalReasonsException()
            .header("Link", "<https://authority.example/>; rel=\"blocked-by\"; title=\"a\r\nInjected: yes\"");
        case "inject-retry-after" -> throw new TooManyRequestsException("x").header("Retry-After", "1\r\nInjected: yes");
        // Encoded: non-ASCII in a Location is percent-encoded.
        case "inject-location" -> throw new SeeOtherException(URI.create("/caf\u00e9?q=\u00fc"));
        case "inject-send-error" -> resp.sendError(400, "bad\r\nInjected: yes\r\n\r\nHTTP/1.1 200 OK\r\nX: y");
        // Body safety
        case "body-hostile" -> throw new TooManyRequestsException(HOSTILE).extension("note", HOSTILE)
            .extension("list", List.of(HOSTILE, 1, true)).extension("map", Map.of("k", HOSTILE));
        case "body-huge" -> throw new TooManyRequestsException("x".repeat(1 << 20));
        case "body-deep" -> throw new TooManyRequestsException("deep").extension("deep", nested(40))
            .extension("fine", "yes");
        case "body-cyclic" -> {
          List<Object> self = new ArrayList<>();
          self.add(self);
          throw new TooManyRequestsException("cyclic").extension("cycle", self).extension("fine", "yes");
        }
        // Leaks: none of these messages may reach a body.
        case "leak" -> throw new IllegalStateException(LEAK, new IOException(LEAK));
        case "leak-wrapped" -> throw new ServletException(LEAK, new java.io.UncheckedIOException(new IOException(LEAK)));
        case "customizer-leak", "listener-throws" -> throw new IllegalStateException(LEAK);
        case "send-error-leak" -> resp.sendError(500, LEAK);
        case "async-leak" -> {
          AsyncContext ctx = req.startAsync();
          ctx.setTimeout(30_000);
          ctx.start(() -> {
            throw new IllegalStateException(LEAK);
          });
        }
        case "value-writer-leak" -> throw new ServiceUnavailableException("Down.").extension("boom", new Exploding("b"))
            .extension("fine", "yes");
        // Failing hooks
        case "customizer-throws", "bad-extension", "cyclic-extension" -> throw new TooManyRequestsException("Slow down.");
        case "value-writer-throws" -> throw new TooManyRequestsException("Slow down.").extension("boom",
            new Exploding("b"));
        // Cause chains
        case "cause-cycle" -> {
          IllegalStateException a = new IllegalStateException(LEAK);
          IllegalStateException b = new IllegalStateException(LEAK, a);
          a.initCause(b);
          throw a;
        }
        case "deep-chain" -> {
          RuntimeException e = new TooManyRequestsException("deep");
          for (int i = 0; i < 10_000; i++) {
            e = new RuntimeException(LEAK, e);
          }
          throw e;
        }
        case "typed-in-chain" -> {
          RuntimeException e = new TooManyRequestsException("Slow down.");
          for (int i = 0; i < 20; i++) {
            e = new RuntimeException(LEAK, e);
          }
          throw new ServletException(LEAK, e);
        }
        case "suppressed" -> {
          IllegalStateException e = new IllegalStateException(LEAK);
          IllegalStateException other = new IllegalStateException(LEAK);
          for (int i = 0; i < 1000; i++) {
            e.addSuppressed(new RuntimeException(LEAK));
          }
          e.addSuppressed(other);
          other.addSuppressed(e);
          throw e;
        }
        // Committed and aborted responses
        case "stream-fail" -> {
          try {
            resp.setContentType("text/plain");
            ServletOutputStream out = resp.getOutputStream();
            out.write("first-half ".repeat(2000).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            throw new IllegalStateException(LEAK);
          } finally {
            STREAM_DONE.get().countDown();
          }
        }
        case "slow" -> {
          try {
            resp.setContentType("text/plain");
            ServletOutputStream out = resp.getOutputStream();
            byte[] chunk = "slow-chunk ".repeat(800).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20_000; i++) {
              out.write(chunk);
              out.flush();
            }
          } finally {
            STREAM_DONE.get().countDown();
          }
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
