package dev.statuskit.jaxrs.it.resteasy;

import dev.statuskit.jaxrs.it.Harness;
import io.undertow.Undertow;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/** RESTEasy on Undertow: StatusKitFeature comes in through META-INF/services. */
final class UndertowHarness implements Harness {

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
    server.deploy(application);
    URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
    return new Running() {
      @Override
      public URI base() {
        return base;
      }

      @Override
      public void close() {
        server.stop();
      }
    };
  }

  @Override
  public boolean loadsFeatureServices() {
    return true;
  }
}
