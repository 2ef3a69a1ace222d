package dev.statuskit.testsupport;

import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Jetty for the suites that run on it (the suite brings Jetty itself): one connector on
 * 127.0.0.1 and a port chosen when the server starts.
 */
public final class LocalJetty {

  private LocalJetty() {}

  /**
   * A server, not started yet, with one connector on 127.0.0.1 and an ephemeral port.
   *
   * @return the server
   */
  public static Server server() {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    return server;
  }

  /**
   * An address on a started {@link #server()}.
   *
   * @param server the server
   * @param path the path, empty or starting with a slash
   * @return {@code http://127.0.0.1:<port><path>}
   */
  public static URI uri(Server server, String path) {
    return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path);
  }
}
