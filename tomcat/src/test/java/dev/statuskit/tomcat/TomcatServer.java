package dev.statuskit.tomcat;

import dev.statuskit.testsupport.MalformedRequests;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Comparator;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;

/**
 * Embedded Tomcat on 127.0.0.1 and an ephemeral port with one context, {@code /app}, whose servlets
 * do what an application without StatusKit does; the host's error report valve is
 * {@link ProblemErrorReportValve} or Tomcat's own.
 */
final class TomcatServer implements AutoCloseable {

  /** What the tests look for in every answer: it is in each bad request, and must never come back. */
  static final String MARKER = MalformedRequests.MARKER;

  private final Tomcat tomcat;
  private final File base;
  final URI app;

  private TomcatServer(Tomcat tomcat, File base, URI app) {
    this.tomcat = tomcat;
    this.base = base;
    this.app = app;
  }

  /**
   * Starts a server.
   *
   * @param problems whether the host reports errors with {@link ProblemErrorReportValve}
   */
  static TomcatServer start(boolean problems) throws Exception {
    return start(problems, "/app");
  }

  /**
   * Starts a server whose one context has the given path ({@code ""} for the root context, which
   * takes every path).
   *
   * @param problems whether the host reports errors with {@link ProblemErrorReportValve}
   * @param contextPath the context's path
   */
  static TomcatServer start(boolean problems, String contextPath) throws Exception {
    File base = Files.createTempDirectory("statuskit-tomcat").toFile();
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.getAbsolutePath());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    if (problems) {
      ((StandardHost) tomcat.getHost()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
    }
    Context context = tomcat.addContext(contextPath, base.getAbsolutePath());
    // 200 "ok".
    add(context, "/ok", (req, resp) -> {
      resp.setContentType("text/plain");
      resp.getWriter().write("ok");
    });
    // sendError(404, message) with markup and the marker in the message, and no error page; its own
    // Cache-Control and another field set before.
    add(context, "/send-error", (req, resp) -> {
      resp.setHeader("Cache-Control", "max-age=60");
      resp.setHeader("X-App", "kept");
      resp.sendError(404, "<script>alert(1)</script>" + MARKER);
    });
    // Throws, with markup and the marker in the message.
    add(context, "/throw", (req, resp) -> {
      throw new ServletException("<b>" + MARKER + "</b> at jdbc:postgresql://db.internal/orders");
    });
    // Takes the writer with a charset, writes nothing, then sendError(400).
    add(context, "/writer-then-error", (req, resp) -> {
      resp.setContentType("text/plain;charset=ISO-8859-1");
      resp.getWriter();
      resp.sendError(400);
    });
    // Its own 409 with its own body, no sendError.
    add(context, "/own-body", (req, resp) -> {
      resp.setStatus(409);
      resp.setContentType("text/plain");
      resp.getWriter().write("mine");
    });
    // sendError with a code no RFC registers: 499.
    add(context, "/unknown-code", (req, resp) -> resp.sendError(499, MARKER));
    tomcat.start();
    return new TomcatServer(tomcat, base,
        URI.create("http://127.0.0.1:" + connector.getLocalPort() + contextPath + "/"));
  }

  /** What a servlet of the context does on GET. */
  @FunctionalInterface
  private interface Get {
    void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException;
  }

  /** A servlet that answers GET as its {@link Get} says. */
  private static final class OnGet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Get get;

    OnGet(Get get) {
      this.get = get;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
      get.handle(req, resp);
    }
  }

  private static void add(Context context, String path, Get get) {
    String name = path.substring(1);
    Tomcat.addServlet(context, name, new OnGet(get));
    context.addServletMappingDecoded(path, name);
  }

  /** The {@code Host} field line of this server. */
  String host() {
    return "Host: 127.0.0.1:" + app.getPort() + "\r\n";
  }

  @Override
  public void close() throws Exception {
    tomcat.stop();
    tomcat.destroy();
    try (var files = Files.walk(base.toPath())) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
