package dev.statuskit.servlet;

import dev.statuskit.conformance.ResponseView;
import dev.statuskit.engine.Settings;
import dev.statuskit.internal.ConformanceGuard;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The conformance guard for servlet applications: checks every response of the application,
 * StatusKit's or not, against RFC 9110 and RFC 9457 before it is committed; a 405 without
 * {@code Allow} gets it from the servlet's {@code doXxx} methods (less the refused method), a
 * response without {@code Date} gets one, and every other violation (a 401 without a challenge,
 * say) is reported, not invented: once per route, status and rule, to the
 * {@code dev.statuskit.conformance} logger and the {@link dev.statuskit.spi.ConformanceListener}s.
 *
 * <p>Opt-in: declare it in {@code web.xml} (or register it) before every other filter, mapped to
 * {@code /*} for the {@code REQUEST} dispatch. It is on once declared; {@code
 * statuskit.conformance-guard=false} (init-param, context-param, system property or environment)
 * turns it off. It checks when the application first writes or flushes the body, or when the
 * request leaves the filter chain; header fields set after that are not seen. Bodies are not
 * buffered, so the body rules are left to the test kit.
 *
 * <pre>{@code
 * <filter>
 *   <filter-name>statuskit-conformance</filter-name>
 *   <filter-class>dev.statuskit.servlet.ConformanceFilter</filter-class>
 *   <async-supported>true</async-supported>
 * </filter>
 * <filter-mapping>
 *   <filter-name>statuskit-conformance</filter-name>
 *   <url-pattern>/*</url-pattern>
 * </filter-mapping>
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15</a>
 * @since 0.3.0
 */
public final class ConformanceFilter implements Filter {

  private @Nullable ConformanceGuard guard;

  /** A filter that reads its settings in {@link #init(FilterConfig)}. */
  public ConformanceFilter() {}

  /**
   * Reads {@code statuskit.conformance-guard} and loads the listeners.
   *
   * @param config the filter's configuration
   * @throws ServletException naming key, value and source when a {@code statuskit.*} setting is
   *     unknown or bad
   */
  @Override
  public void init(FilterConfig config) throws ServletException {
    ServletContext context = config.getServletContext();
    Settings settings;
    try {
      settings = Config.settings("filter " + config.getFilterName(), config.getInitParameterNames(),
          config::getInitParameter, context);
    } catch (IllegalArgumentException e) {
      throw new ServletException("StatusKit cannot start filter " + config.getFilterName() + ": " + e.getMessage(), e);
    }
    String key = Settings.CONFORMANCE_GUARD.name();
    boolean on = !settings.asMap().containsKey(key) || settings.get(Settings.CONFORMANCE_GUARD);
    guard = on ? ConformanceGuard.load(context.getClassLoader()) : null;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ConformanceGuard g = guard;
    if (g == null || request.getDispatcherType() != DispatcherType.REQUEST
        || !(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse res)) {
      chain.doFilter(request, response);
      return;
    }
    Guarded guarded = new Guarded(req, res, g);
    try {
      chain.doFilter(req, guarded);
    } finally {
      if (!req.isAsyncStarted()) {
        guarded.check();
      }
    }
  }

  /** The response on its way out, checked once, before it is committed. */
  static final class Guarded extends HttpServletResponseWrapper implements ConformanceGuard.Target, ResponseView {
    private final HttpServletRequest request;
    private final ConformanceGuard guard;
    private final AtomicBoolean checked = new AtomicBoolean();
    private @Nullable ServletOutputStream out;
    private @Nullable PrintWriter writer;

    Guarded(HttpServletRequest request, HttpServletResponse response, ConformanceGuard guard) {
      super(response);
      this.request = request;
      this.guard = guard;
    }

    void check() {
      if (checked.compareAndSet(false, true) && !isCommitted()) {
        guard.guard(ConformanceGuard.route(request.getMethod(), route(request)), this, this);
      }
    }

    private static String route(HttpServletRequest request) {
      HttpServletMapping m = request.getHttpServletMapping();
      String pattern = m == null ? null : m.getPattern();
      return pattern == null || pattern.isEmpty() ? request.getServletPath() : pattern;
    }

    // ---------------------------------------------------------------- ResponseView

    @Override
    public int status() {
      return getStatus();
    }

    @Override
    public Collection<String> fieldNames() {
      Set<String> names = new LinkedHashSet<>(getHeaderNames());
      if (getContentType() != null && names.stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
        names.add("Content-Type"); // Tomcat keeps it apart from the header fields until commit
      }
      return names;
    }

    @Override
    public List<String> fieldValues(String name) {
      if (name.equalsIgnoreCase("Content-Type") && getContentType() != null && getHeaders(name).isEmpty()) {
        return List.of(getContentType());
      }
      return List.copyOf(getHeaders(name));
    }

    @Override
    public Optional<byte[]> body() {
      return Optional.empty();
    }

    @Override
    public Optional<String> requestMethod() {
      return Optional.of(request.getMethod());
    }

    // ---------------------------------------------------------------- Target

    @Override
    public @Nullable String allowedMethods() {
      return AllowedMethods.refusing(request);
    }

    // setHeader(String, String) is HttpServletResponseWrapper's.

    // ---------------------------------------------------------------- commit points

    @Override
    public void sendRedirect(String location) throws IOException {
      checked.set(true); // the container sets the status and Location as it commits
      super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() throws IOException {
      check();
      super.flushBuffer();
    }

    /** The gate of the application's output: the response is checked before its first byte leaves. */
    private void passChecked(GatedOutput.Action action) throws IOException {
      check();
      action.run();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (out == null) {
        out = GatedOutput.stream(super.getOutputStream(), this::passChecked);
      }
      return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        writer = GatedOutput.writer(super.getWriter(), this::passChecked);
      }
      return writer;
    }
  }
}
