package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import io.undertow.Undertow;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/**
 * RESTEasy on Undertow: StatusKitFeature comes in through META-INF/services; with
 * {@link #withServletAdapter()}, statuskit-servlet is registered beside it, as the README tells
 * RESTEasy users on a servlet container.
 */
final class UndertowHarness implements Harness {

  private final boolean servletAdapter;

  UndertowHarness() {
    this(false);
  }

  private UndertowHarness(boolean servletAdapter) {
    this.servletAdapter = servletAdapter;
  }

  static UndertowHarness withServletAdapter() {
    return new UndertowHarness(true);
  }

  /** What a ServletContainerInitializer of the application does: StatusKit's filter and error servlet. */
  public static final class Registration implements jakarta.servlet.ServletContainerInitializer {
    @Override
    public void onStartup(java.util.Set<Class<?>> classes, jakarta.servlet.ServletContext context) {
      dev.statuskit.servlet.StatusKitServlet.register(context);
    }
  }

  /** Exposes the bound port of the ephemeral listener. */
  private static final class Server extends UndertowJaxrsServer {
    int port() {
      return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }
  }

  @Override
  public Running start(Application application) {
    Server server = new Server();
    server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
    if (servletAdapter) {
      org.jboss.resteasy.spi.ResteasyDeployment deployment = new org.jboss.resteasy.core.ResteasyDeploymentImpl();
      deployment.setApplication(application);
      io.undertow.servlet.api.DeploymentInfo info = server.undertowDeployment(deployment, "/")
          .setClassLoader(application.getClass().getClassLoader())
          .setContextPath("/")
          .setDeploymentName("statuskit")
          .addServletContainerInitializer(new io.undertow.servlet.api.ServletContainerInitializerInfo(
              Registration.class, java.util.Set.of()))
          .addErrorPage(new io.undertow.servlet.api.ErrorPage(dev.statuskit.servlet.StatusKitServlet.ERROR_PAGE));
      server.deploy(info);
    } else {
      server.deploy(application);
    }
    return Running.onLoopback(server.port(), server::stop);
  }

  @Override
  public boolean loadsFeatureServices() {
    return true;
  }
}
