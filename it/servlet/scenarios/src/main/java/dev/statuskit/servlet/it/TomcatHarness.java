package dev.statuskit.servlet.it;

import dev.statuskit.servlet.ProblemFilter;
import dev.statuskit.servlet.StatusKitServlet;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.util.ServerInfo;

/**
 * Embedded Tomcat with {@code addContext} (which reads no descriptors): StatusKit comes in through
 * {@link StatusKitServlet#register} from an initializer, the error page through {@code
 * Context.addErrorPage}. No default servlet, so an unmapped path is the container's own 404.
 */
public final class TomcatHarness implements ServletContainerHarness {

  /** The parent of the loggers where Tomcat logs (and keeps to itself) why a filter or servlet failed to start. */
  private static final Logger CONTEXT_LOG = Logger.getLogger("org.apache.catalina");

  private final ProblemFilter filter;
  private LocalTomcat local;

  /** StatusKit registered by {@link StatusKitServlet#register}. */
  public TomcatHarness() {
    this(null);
  }

  /**
   * StatusKit's filter given as an instance (then registered like {@code register} does), for
   * applications that build their own {@code ProblemEngine}.
   */
  public TomcatHarness(ProblemFilter filter) {
    this.filter = filter;
  }

  @Override
  public String name() {
    return "Tomcat " + ServerInfo.getServerNumber();
  }

  @Override
  public String unmappedPathAnsweredBy() {
    return "container";
  }

  @Override
  public int unmappedStatus(String method) {
    return 404;
  }

  @Override
  public String serverInfo() {
    return ServerInfo.getServerNumber();
  }

  /** Tomcat 10.1 bundles Servlet 6.0, Tomcat 11 Servlet 6.1. */
  @Override
  public String servletApi() {
    return ServerInfo.getServerNumber().startsWith("10.") ? "6.0" : "6.1";
  }

  @Override
  public URI start(Map<String, String> contextParams) throws Exception {
    local = new LocalTomcat("statuskit-tomcat");
    Context context = local.context;
    contextParams.forEach(context::addParameter);
    context.addServletContainerInitializer((classes, servletContext) -> {
      Scenarios.deploy(servletContext, c -> {
        if (filter != null) {
          var registration = c.addFilter(StatusKitServlet.FILTER_NAME, filter);
          registration.setAsyncSupported(true);
          registration.addMappingForUrlPatterns(
              EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR), false, "/*");
        }
        StatusKitServlet.register(c);
      });
      // Registering twice is harmless (a second call finds the first registration).
      StatusKitServlet.register(servletContext);
    }, null);
    local.addStatusKitErrorPage();
    StartFailures failures = new StartFailures();
    CONTEXT_LOG.addHandler(failures);
    try {
      local.tomcat.start();
    } finally {
      CONTEXT_LOG.removeHandler(failures);
    }
    if (context.getState() != LifecycleState.STARTED) {
      // Tomcat only logs the failure; hand it on, so that a test can tell why the deployment failed.
      IllegalStateException failed = new IllegalStateException("context did not start: " + context.getState());
      failures.thrown.forEach(failed::addSuppressed);
      throw failed;
    }
    return local.root();
  }

  @Override
  public void stop() throws Exception {
    if (local != null) {
      local.stop();
      local = null;
    }
  }

  /** The exceptions Tomcat logs at SEVERE while the context starts. */
  private static final class StartFailures extends Handler {
    final List<Throwable> thrown = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      if (record.getLevel() == Level.SEVERE && record.getThrown() != null) {
        thrown.add(record.getThrown());
      }
    }

    @Override
    public void flush() {
      // Nothing buffered.
    }

    @Override
    public void close() {
      // Nothing to release.
    }
  }
}
