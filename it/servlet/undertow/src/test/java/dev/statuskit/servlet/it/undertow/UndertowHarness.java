package dev.statuskit.servlet.it.undertow;

import dev.statuskit.servlet.ProblemErrorServlet;
import dev.statuskit.servlet.ProblemFilter;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.servlet.it.Hostile;
import dev.statuskit.servlet.it.Scenarios;
import dev.statuskit.servlet.it.ServletContainerHarness;
import io.undertow.Undertow;
import io.undertow.Version;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.ErrorPage;
import io.undertow.servlet.api.ServletInfo;
import jakarta.servlet.DispatcherType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Undertow 2.3 (never reads web fragments): filter, error servlet and default error page in the DeploymentInfo. */
final class UndertowHarness implements ServletContainerHarness {

  private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();

  private Undertow server;
  private DeploymentManager manager;

  @Override
  public String name() {
    return "Undertow " + Version.getVersionString();
  }

  @Override
  public boolean initFailureFailsDeployment() {
    return false;
  }

  @Override
  public String unmappedPathAnsweredBy() {
    return "sendError";
  }

  @Override
  public boolean unmappedMethodNotAllowedHasAllow() {
    return false;
  }

  @Override
  public int unmappedStatus(String method) {
    return method.equals("PATCH") ? 501 : 405;
  }

  @Override
  public String serverInfo() {
    return Version.getVersionString();
  }

  @Override
  public String servletApi() {
    return "6.0";
  }

  @Override
  public URI start(Map<String, String> contextParams) throws Exception {
    DeploymentInfo info = Servlets.deployment()
        .setClassLoader(UndertowHarness.class.getClassLoader())
        .setContextPath("/")
        .setDeploymentName("scenarios-" + DEPLOYMENTS.incrementAndGet() + ".war")
        .addFilter(Servlets.filter(Scenarios.GATE_NAME, Scenarios.Gate.class))
        .addFilterUrlMapping(Scenarios.GATE_NAME, Scenarios.GATE_PATTERN, DispatcherType.REQUEST)
        .addFilter(Servlets.filter(StatusKitServlet.FILTER_NAME, ProblemFilter.class).setAsyncSupported(true))
        .addServlet(Servlets.servlet(StatusKitServlet.ERROR_SERVLET_NAME, ProblemErrorServlet.class)
            .addMapping(StatusKitServlet.ERROR_PAGE).setLoadOnStartup(1).setAsyncSupported(true))
        .addErrorPage(new ErrorPage(StatusKitServlet.ERROR_PAGE));
    for (DispatcherType type : new DispatcherType[] {DispatcherType.REQUEST, DispatcherType.ASYNC,
        DispatcherType.ERROR}) {
      info.addFilterUrlMapping(StatusKitServlet.FILTER_NAME, "/*", type);
    }
    info.addFilter(Servlets.filter(Hostile.FILTER_NAME, Hostile.FailingFilter.class))
        .addFilterUrlMapping(Hostile.FILTER_NAME, Hostile.FILTER_PATTERN, DispatcherType.REQUEST);
    contextParams.forEach(info::addInitParameter);
    for (Scenarios.ServletSpec s : Scenarios.servlets()) {
      ServletInfo servlet = Servlets.servlet(s.name(), s.type()).addMapping(s.pattern()).setAsyncSupported(s.async());
      info.addServlet(servlet);
    }
    manager = Servlets.defaultContainer().addDeployment(info);
    manager.deploy();
    server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(manager.start()).build();
    server.start();
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public void stop() throws Exception {
    if (server != null) {
      server.stop();
      server = null;
    }
    if (manager != null) {
      manager.stop();
      manager.undeploy();
      manager = null;
    }
  }
}
