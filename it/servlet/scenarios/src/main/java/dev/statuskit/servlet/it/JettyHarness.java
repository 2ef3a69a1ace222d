package dev.statuskit.servlet.it;

import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.testsupport.LocalJetty;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Jetty;

/**
 * Jetty 12.1 with a {@code ServletContextHandler} of one Jakarta EE environment (which reads no
 * descriptors): StatusKit's filter and error servlet declared as the web fragment declares them, the
 * error page as Jetty's global one. The environments' servlet classes differ only in their package
 * ({@code org.eclipse.jetty.ee10.servlet}, {@code org.eclipse.jetty.ee11.servlet}), so the two this
 * harness creates ({@code ServletContextHandler}, {@code ErrorPageErrorHandler}) and the methods it
 * calls on them are found by name: one harness, and each module brings its environment.
 */
public final class JettyHarness implements ServletContainerHarness {

  /** {@code ErrorPageErrorHandler.GLOBAL_ERROR_PAGE}, the same in every environment. */
  private static final String GLOBAL_ERROR_PAGE = "org.eclipse.jetty.server.error_page.global";

  private final String environment;
  private final String servletApi;
  private Server server;

  /**
   * @param environment {@code "ee10"} or {@code "ee11"}
   * @param servletApi the Servlet API version of that environment
   */
  public JettyHarness(String environment, String servletApi) {
    this.environment = environment;
    this.servletApi = servletApi;
  }

  @Override
  public String name() {
    return "Jetty " + Jetty.VERSION + " " + environment;
  }

  @Override
  public String unmappedPathAnsweredBy() {
    return "sendError";
  }

  /** Jetty's default 404 servlet leaves other methods to {@code HttpServlet}, which knows PATCH from 6.1 on. */
  @Override
  public int unmappedStatus(String method) {
    return method.equals("PATCH") && servletApi.equals("6.0") ? 501 : 405;
  }

  @Override
  public String serverInfo() {
    return Jetty.VERSION + " " + environment;
  }

  @Override
  public String servletApi() {
    return servletApi;
  }

  @Override
  public URI start(Map<String, String> contextParams) throws Exception {
    server = LocalJetty.server();
    String servletPackage = "org.eclipse.jetty." + environment + ".servlet.";
    ContextHandler context = (ContextHandler) Class.forName(servletPackage + "ServletContextHandler")
        .getConstructor(String.class).newInstance("/");
    Object errorPages = Class.forName(servletPackage + "ErrorPageErrorHandler").getConstructor().newInstance();
    errorPages.getClass().getMethod("addErrorPage", String.class, String.class)
        .invoke(errorPages, GLOBAL_ERROR_PAGE, StatusKitServlet.ERROR_PAGE);
    context.setErrorHandler((Request.Handler) errorPages);
    // The Servlet API's setInitParameter is for initializers only; the handler takes them before it starts.
    Method setInitParameter = context.getClass().getMethod("setInitParameter", String.class, String.class);
    for (Map.Entry<String, String> p : contextParams.entrySet()) {
      setInitParameter.invoke(context, p.getKey(), p.getValue());
    }
    ServletContext servletContext = (ServletContext) context.getClass().getMethod("getServletContext").invoke(context);
    Scenarios.deploy(servletContext, Scenarios::declareStatusKit);
    server.setHandler(context);
    server.start();
    if (!context.isAvailable()) {
      throw new IllegalStateException("context is unavailable");
    }
    return LocalJetty.uri(server, "");
  }

  @Override
  public void stop() throws Exception {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
