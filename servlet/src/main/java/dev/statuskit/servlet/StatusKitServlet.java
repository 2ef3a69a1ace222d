package dev.statuskit.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Registers StatusKit in a servlet context without descriptors, for applications that exclude the
 * jar's {@code web-fragment.xml} (an {@code <absolute-ordering>} without {@code statuskit}, or
 * {@code metadata-complete="true"}) or containers that never read it (embedded Tomcat's {@code
 * addContext}, Jetty's {@code ServletContextHandler}, Undertow).
 *
 * <p>Call {@link #register} from a {@code ServletContainerInitializer} or from {@code
 * ServletContextListener.contextInitialized} of a listener declared in a descriptor or annotated.
 * The Servlet API cannot add error pages, so also declare the error page, in {@code web.xml}:
 *
 * <pre>{@code
 * <error-page>
 *   <location>/_statuskit/error</location>
 * </error-page>
 * }</pre>
 *
 * or with the container's API (Tomcat {@code Context.addErrorPage}, Jetty {@code
 * ErrorPageErrorHandler.addErrorPage(GLOBAL_ERROR_PAGE, ...)}, Undertow {@code
 * DeploymentInfo.addErrorPage(new ErrorPage(...))}).
 *
 * @since 0.1.0
 */
public final class StatusKitServlet {

  /** The name of the filter, and of the web fragment. */
  public static final String FILTER_NAME = "statuskit";

  /** The name of the error-page servlet. */
  public static final String ERROR_SERVLET_NAME = "statuskit-error";

  /** Where the error-page servlet is mapped: the {@code location} of the error page. */
  public static final String ERROR_PAGE = "/_statuskit/error";

  private StatusKitServlet() {}

  /**
   * Adds {@link ProblemFilter} before every filter declared in descriptors (for {@code /*} and the
   * {@code REQUEST}, {@code ASYNC} and {@code ERROR} dispatches, async-supported) and maps {@link
   * ProblemErrorServlet} to {@value #ERROR_PAGE}. Does nothing when a filter or servlet of these
   * names or classes is already registered (for example by the web fragment).
   *
   * @param context the context being initialized
   * @throws IllegalStateException if the context has already been initialized
   * @throws UnsupportedOperationException if called from a listener that was itself added
   *     programmatically
   */
  public static void register(ServletContext context) {
    Objects.requireNonNull(context, "context");
    boolean hasFilter = context.getFilterRegistrations().values().stream()
        .anyMatch(f -> FILTER_NAME.equals(f.getName()) || ProblemFilter.class.getName().equals(f.getClassName()));
    if (!hasFilter) {
      FilterRegistration.Dynamic filter = context.addFilter(FILTER_NAME, ProblemFilter.class);
      filter.setAsyncSupported(true);
      filter.addMappingForUrlPatterns(
          EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR), false, "/*");
    }
    boolean hasServlet = context.getServletRegistrations().values().stream()
        .anyMatch(s -> ERROR_SERVLET_NAME.equals(s.getName())
            || ProblemErrorServlet.class.getName().equals(s.getClassName()));
    if (!hasServlet) {
      ServletRegistration.Dynamic servlet = context.addServlet(ERROR_SERVLET_NAME, ProblemErrorServlet.class);
      servlet.setAsyncSupported(true);
      servlet.setLoadOnStartup(1);
      servlet.addMapping(ERROR_PAGE);
    }
  }
}
