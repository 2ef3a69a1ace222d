package dev.statuskit.jaxrs.it.jersey;

import dev.statuskit.jaxrs.it.Harness;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey on Grizzly: StatusKitFeature comes in through META-INF/services. */
final class GrizzlyHarness implements Harness {

  @Override
  public Running start(Application application) {
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        ResourceConfig.forApplication(application));
    return Running.onLoopback(server.getListener("grizzly").getPort(), server::shutdownNow);
  }

  @Override
  public boolean loadsFeatureServices() {
    return true;
  }

  /** Grizzly's HttpServerFilter sets "ignore content modifiers" on any outgoing response with Upgrade. */
  @Override
  public boolean framesUpgradeResponses() {
    return false;
  }
}
