package dev.statuskit.examples;

import dev.statuskit.servlet.StatusKitServlet;
import jakarta.enterprise.inject.spi.Extension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.ServiceLoader;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ErrorPage;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Runs the book store on embedded Tomcat 11 with Jersey 4 and Weld 6: Weld SE is booted first
 * (without classpath scanning, with the application's beans listed), and Jersey's CDI integration
 * finds it through {@code CDI.current()}. StatusKit's servlet filter and error page are registered
 * programmatically, because {@code Tomcat.addContext} reads no {@code web-fragment.xml}; its JAX-RS
 * feature registers itself.
 *
 * <p>{@code java -jar statuskit-examples.jar [port]} (or {@code -Dport=}); port 8080 by default,
 * 0 for any free port. Listens on 127.0.0.1 only; Ctrl-C stops it.
 */
public final class BookStoreServer implements AutoCloseable {

  private final Tomcat tomcat;
  private final WeldContainer weld;
  private final Path baseDir;
  private final URI uri;

  private BookStoreServer(Tomcat tomcat, WeldContainer weld, Path baseDir, URI uri) {
    this.tomcat = tomcat;
    this.weld = weld;
    this.baseDir = baseDir;
    this.uri = uri;
  }

  /**
   * Starts the server on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @return the running server
   * @throws IllegalStateException if it cannot start
   */
  public static BookStoreServer start(int port) {
    Weld weldBuilder = new Weld("bookstore")
        .disableDiscovery()
        .property("org.jboss.weld.se.shutdownHook", false);
    BookStoreApplication.BEANS.forEach(weldBuilder::addBeanClass);
    // Without discovery Weld SE loads no portable extensions: add the libraries' ones (Jersey's CDI
    // integration), but not Weld's own, which it adds itself.
    for (Extension extension : ServiceLoader.load(Extension.class)) {
      if (!extension.getClass().getName().startsWith("org.jboss.weld.")) {
        weldBuilder.addExtension(extension);
      }
    }
    WeldContainer weld = weldBuilder.initialize();
    try {
      Path baseDir = Files.createTempDirectory("bookstore-tomcat");
      Tomcat tomcat = new Tomcat();
      tomcat.setBaseDir(baseDir.toString());
      Connector connector = new Connector();
      connector.setPort(port);
      connector.setProperty("address", "127.0.0.1");
      tomcat.setConnector(connector);

      Context context = tomcat.addContext("", null);
      // addContext reads no web-fragment.xml: register StatusKit's filter and error servlet, and the
      // default error page the Servlet API cannot add.
      context.addServletContainerInitializer((classes, servletContext) -> StatusKitServlet.register(servletContext),
          null);
      ErrorPage errorPage = new ErrorPage();
      errorPage.setLocation(StatusKitServlet.ERROR_PAGE);
      context.addErrorPage(errorPage);

      ResourceConfig app = ResourceConfig.forApplicationClass(BookStoreApplication.class)
          // No JAXB here, so no WADL: say so instead of a warning at start-up.
          .property(ServerProperties.WADL_FEATURE_DISABLE, true)
          // GET /metrics: the problem counter on a Prometheus registry (not in the WAR).
          .register(MetricsResource.class)
          // GET /openapi: the OpenAPI document with every operation's problem responses (not in the WAR).
          .register(OpenApiResource.class);
      MetricsResource.install();
      Wrapper jersey = Tomcat.addServlet(context, "bookstore", new ServletContainer(app));
      jersey.setAsyncSupported(true);
      jersey.setLoadOnStartup(1);
      jersey.addMapping("/*");

      tomcat.start();
      URI uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
      return new BookStoreServer(tomcat, weld, baseDir, uri);
    } catch (IOException | LifecycleException | RuntimeException e) {
      weld.shutdown();
      throw new IllegalStateException("The book store did not start", e);
    }
  }

  /**
   * Where the server listens.
   *
   * @return for example {@code http://127.0.0.1:8080/}
   */
  public URI uri() {
    return uri;
  }

  /** Stops Tomcat, then Weld. */
  @Override
  public void close() {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      throw new IllegalStateException("Tomcat did not stop", e);
    } finally {
      if (weld.isRunning()) {
        weld.shutdown();
      }
      deleteQuietly(baseDir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A leftover temporary directory is harmless.
    }
  }

  /**
   * Starts the server and waits until the JVM is stopped.
   *
   * @param args an optional port
   */
  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("port", 8080);
    BookStoreServer server = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping the book store");
      server.close();
    }, "bookstore-shutdown"));
    System.out.println("Book store listening on " + server.uri() + " (Ctrl-C stops it)");
    Objects.requireNonNull(server.tomcat.getServer()).await();
  }
}
