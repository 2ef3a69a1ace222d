package dev.statuskit.tomcat;

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
  static final String MARKER = "injected-marker-42";

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
    add(context, "/ok", new Ok());
    add(context, "/send-error", new SendError());
    add(context, "/throw", new Throw());
    add(context, "/writer-then-error", new WriterThenError());
    add(context, "/own-body", new OwnBody());
    add(context, "/unknown-code", new UnknownCode());
    tomcat.start();
    return new TomcatServer(tomcat, base,
        URI.create("http://127.0.0.1:" + connector.getLocalPort() + contextPath + "/"));
  }

  private static void add(Context context, String path, HttpServlet servlet) {
    String name = path.substring(1);
    Tomcat.addServlet(context, name, servlet);
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

  /** 200 "ok". */
  static final class Ok extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setContentType("text/plain");
      resp.getWriter().write("ok");
    }
  }

  /**
   * {@code sendError(404, message)} with markup and the marker in the message, and no error page;
   * its own {@code Cache-Control} and another field set before.
   */
  static final class SendError extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setHeader("Cache-Control", "max-age=60");
      resp.setHeader("X-App", "kept");
      resp.sendError(404, "<script>alert(1)</script>" + MARKER);
    }
  }

  /** Throws, with markup and the marker in the message. */
  static final class Throw extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
      throw new ServletException("<b>" + MARKER + "</b> at jdbc:postgresql://db.internal/orders");
    }
  }

  /** Takes the writer with a charset, writes nothing, then {@code sendError(400)}. */
  static final class WriterThenError extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setContentType("text/plain;charset=ISO-8859-1");
      resp.getWriter();
      resp.sendError(400);
    }
  }

  /** Its own 409 with its own body, no {@code sendError}. */
  static final class OwnBody extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(409);
      resp.setContentType("text/plain");
      resp.getWriter().write("mine");
    }
  }

  /** {@code sendError} with a code no RFC registers: 499. */
  static final class UnknownCode extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.sendError(499, MARKER);
    }
  }
}
