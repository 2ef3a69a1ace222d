package dev.statuskit.servlet.it;

import dev.statuskit.servlet.StatusKitServlet;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Comparator;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ErrorPage;

/**
 * An embedded Tomcat for the tests: one connector on 127.0.0.1 and an ephemeral port, one root
 * context, its base in a new temporary folder that {@link #stop()} deletes again.
 */
public final class LocalTomcat {

  public final Tomcat tomcat = new Tomcat();
  public final Context context;
  private final Connector connector = new Connector();
  private final File base;

  /** Not started yet: the caller adds to {@link #context}, then calls {@code tomcat.start()}. */
  public LocalTomcat(String tempPrefix) throws IOException {
    base = Files.createTempDirectory(tempPrefix).toFile();
    tomcat.setBaseDir(base.getAbsolutePath());
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    context = tomcat.addContext("", base.getAbsolutePath());
  }

  /** StatusKit's error servlet as the context's default error page, as the web fragment declares it. */
  public void addStatusKitErrorPage() {
    ErrorPage page = new ErrorPage();
    page.setLocation(StatusKitServlet.ERROR_PAGE);
    context.addErrorPage(page);
  }

  /** The root of the started server. */
  public URI root() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  /** Stops and destroys the server, then deletes its base folder. */
  public void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
    try (var files = Files.walk(base.toPath())) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
