package dev.statuskit.servlet;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Jetty;

/**
 * Jetty 12.1 ee11 with a {@code ServletContextHandler} (which reads no descriptors): filter and
 * error servlet declared as the web fragment declares them, the error page as Jetty's global one.
 */
final class JettyEe11Harness implements ServletContainerHarness {

  private Server server;

  @Override
  public String name() {
    return "Jetty " + Jetty.VERSION + " ee11";
  }

  @Override
  public String unmappedPathAnsweredBy() {
    return "sendError";
  }

  @Override
  public int unmappedStatus(String method) {
    return 405;
  }

  @Override
  public String serverInfo() {
    return Jetty.VERSION + " ee11";
  }

  @Override
  public URI start(Map<String, String> contextParams) throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    contextParams.forEach(context::setInitParameter);
    context.addFilter(new FilterHolder(Scenarios.Gate.class), Scenarios.GATE_PATTERN,
        EnumSet.of(DispatcherType.REQUEST));
    FilterHolder filter = new FilterHolder(ProblemFilter.class);
    filter.setName(StatusKitServlet.FILTER_NAME);
    filter.setAsyncSupported(true);
    context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
    context.addFilter(new FilterHolder(Hostile.FailingFilter.class), Hostile.FILTER_PATTERN,
        EnumSet.of(DispatcherType.REQUEST));
    ServletHolder errorServlet = new ServletHolder(StatusKitServlet.ERROR_SERVLET_NAME, ProblemErrorServlet.class);
    errorServlet.setInitOrder(1);
    errorServlet.setAsyncSupported(true);
    context.addServlet(errorServlet, StatusKitServlet.ERROR_PAGE);
    for (Scenarios.ServletSpec s : Scenarios.servlets()) {
      ServletHolder holder = new ServletHolder(s.name(), s.type());
      holder.setAsyncSupported(s.async());
      context.addServlet(holder, s.pattern());
    }
    ErrorPageErrorHandler errorPages = new ErrorPageErrorHandler();
    errorPages.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, StatusKitServlet.ERROR_PAGE);
    context.setErrorHandler(errorPages);
    server.setHandler(context);
    server.start();
    if (!context.isAvailable()) {
      throw new IllegalStateException("context is unavailable");
    }
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  public void stop() throws Exception {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
