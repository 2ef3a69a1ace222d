package dev.statuskit.servlet.it;

import java.net.URI;
import java.nio.file.Path;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The WAR on Jetty 12.1 ee11 through {@code WebAppContext}, which reads web.xml and web fragments. */
class JettyWarIT extends WarScenarios {

  private Server server;

  @Override
  URI deploy(Path war) throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    WebAppContext context = new WebAppContext();
    context.setContextPath("/");
    context.setWar(war.toAbsolutePath().toString());
    context.setTempDirectory(tempDir("statuskit-jetty-war").toFile());
    server.setHandler(context);
    server.start();
    if (!context.isAvailable()) {
      throw new IllegalStateException("WAR is unavailable", context.getUnavailableException());
    }
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  void undeploy() throws Exception {
    if (server != null) {
      server.stop();
    }
  }
}
