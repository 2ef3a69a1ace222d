package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemListener;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The one pipeline every adapter runs an error through: resolve, customize, notify, log once.
 *
 * <ol>
 *   <li>{@link ProblemResolver} gives status, header fields and problem (or, for an error status
 *       without an exception, {@link #handleStatus} builds them);
 *   <li>{@link ProblemCustomizer}s change the problem, in {@code @Priority} order;
 *   <li>{@link ProblemListener}s and CDI observers of {@link ProblemEvent} are notified (each
 *       observer on its own; {@code @ObservesAsync} observers through {@code fireAsync});
 *   <li>{@link ProblemLog} writes the one log record.
 * </ol>
 * A customizer, listener or observer that throws is skipped and logged; the response is still
 * written. Customizers and listeners come from {@link ServiceLoader} and, when a CDI container is
 * running, from CDI (looked up once, at the first error).
 *
 * <p>Responses with 428, 429, 431 and 511, which caches must not store (RFC 6585), get
 * {@code Cache-Control: no-store} unless they already carry a {@code Cache-Control}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class ProblemHandler {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");
  private static final int DEFAULT_PRIORITY = 5000;
  private static final boolean CDI_API = isPresent("jakarta.enterprise.inject.spi.CDI");

  private final ProblemResolver resolver;
  private final List<ProblemCustomizer> customizers;
  private final List<ProblemListener> listeners;
  private final boolean useCdi;
  private volatile @Nullable Object cdi; // a Cdi, or NO_CDI once looked up in vain
  private volatile List<ProblemCustomizer> effective;
  private volatile List<ProblemListener> effectiveListeners;

  private static final Object NO_CDI = new Object();

  /**
   * Statuses that caches MUST NOT store (RFC 6585 §3-§6). That is a rule for caches; the origin adds
   * {@code Cache-Control: no-store} as well, unless the response already says something else.
   */
  private static boolean notStorable(int code) {
    return code == 428 || code == 429 || code == 431 || code == 511; // compared, not looked up in a Set<Integer>: no boxing
  }

  /** The header fields of a response that had none, plus {@code Cache-Control: no-store}: built once. */
  private static final HeaderFields NO_STORE = HeaderFields.builder().add("Cache-Control", "no-store").build();

  private ProblemHandler(Builder b) {
    this.resolver = b.resolver;
    List<ProblemCustomizer> cs = new ArrayList<>(b.customizers);
    List<ProblemListener> ls = new ArrayList<>(b.listeners);
    if (b.serviceLoader) {
      ClassLoader cl = b.classLoader;
      ServiceLoader.load(ProblemCustomizer.class, cl).forEach(cs::add);
      ServiceLoader.load(ProblemListener.class, cl).forEach(ls::add);
    }
    cs.sort(Comparator.comparingInt(ProblemHandler::priority));
    ls.sort(Comparator.comparingInt(ProblemHandler::priority));
    this.customizers = List.copyOf(cs);
    this.listeners = List.copyOf(ls);
    this.effective = this.customizers;
    this.effectiveListeners = this.listeners;
    this.useCdi = b.cdi && CDI_API;
    if (!useCdi) {
      this.cdi = NO_CDI;
    }
  }

  /**
   * A handler with these settings, customizers and listeners from {@link ServiceLoader} (of the
   * thread's context class loader) and CDI when present.
   *
   * @param settings the settings
   * @return the handler
   */
  public static ProblemHandler create(Settings settings) {
    return builder().resolver(ProblemResolver.builder().settings(settings).build()).build();
  }

  /**
   * A builder; by default it discovers hooks through ServiceLoader and CDI.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The resolver.
   *
   * @return the resolver
   */
  public ProblemResolver resolver() {
    return resolver;
  }

  /**
   * Handles a throwable.
   *
   * @param thrown what was thrown
   * @param method the request method
   * @param path the request path
   * @return the final resolution: status, header fields, customized problem
   */
  public Resolution handle(Throwable thrown, String method, String path) {
    return complete(resolver.resolve(thrown), method, path);
  }

  /**
   * Handles an error status that no exception stands behind: a runtime's own 404 or 405, a
   * container's error page, a {@code sendError}. For 4xx the detail (for example the message of
   * {@code sendError}) is kept; for 5xx it is dropped unless details are exposed, and an
   * occurrence id is added.
   *
   * @param status a 4xx or 5xx status (3xx is accepted for redirections without a body)
   * @param headers the header fields the response already carries, kept as they are
   * @param detail a detail, or {@code null}
   * @param method the request method
   * @param path the request path
   * @return the final resolution
   */
  public Resolution handleStatus(HttpStatus status, HeaderFields headers, @Nullable String detail, String method,
      String path) {
    Objects.requireNonNull(status, "status");
    Resolution r = resolver.forStatus(status, headers, detail, new StatusOnly(status.code()));
    return complete(r, method, path);
  }

  /**
   * Completes a resolution an adapter built itself (for example from a runtime's own error response
   * whose header fields it keeps): customizers, listeners, CDI observers, the one log record.
   *
   * @param r the resolution so far
   * @param method the request method
   * @param path the request path
   * @return the final resolution, to be written
   */
  public Resolution complete(Resolution r, String method, String path) {
    Objects.requireNonNull(method, "method"); // checked here, as the event that may not be built would
    Objects.requireNonNull(path, "path");
    return complete(r, null, method, path);
  }

  /**
   * The request an error belongs to, read only when a hook or the log record needs it: an adapter
   * whose runtime makes reading the request cost something (JAX-RS context proxies resolve the
   * request on every call) passes this instead of the strings.
   *
   * @since 0.2
   */
  public interface RequestLine {
    /**
     * The request method.
     *
     * @return for example {@code GET}; never {@code null}
     */
    String method();

    /**
     * The request path.
     *
     * @return the raw path; never {@code null}
     */
    String path();
  }

  /**
   * As {@link #complete(Resolution, String, String)}, reading the request only if a customizer,
   * listener, CDI observer or the log record needs it; with none of them and the record below the
   * log level (the default for 4xx), {@code request} is not called at all.
   *
   * @param r the resolution so far
   * @param request the request, read at most once
   * @return the final resolution, to be written
   * @since 0.2
   */
  public Resolution complete(Resolution r, RequestLine request) {
    return complete(r, Objects.requireNonNull(request, "request"), null, null);
  }

  /** Either {@code request}, or {@code method} and {@code path}. */
  private Resolution complete(Resolution r, @Nullable RequestLine request, @Nullable String requestMethod,
      @Nullable String requestPath) {
    Objects.requireNonNull(r, "r");
    Object c = cdi;
    if (c == null) {
      c = lookUpCdi();
    }
    List<ProblemCustomizer> cs = effective;
    // The request is read, and the event exists, only for the hooks: with none, the error path
    // neither calls the request nor allocates anything for them.
    @Nullable String method = requestMethod;
    @Nullable String path = requestPath;
    if (request != null && (!cs.isEmpty() || !effectiveListeners.isEmpty() || c instanceof Cdi)) {
      method = Objects.requireNonNull(request.method(), "method");
      path = Objects.requireNonNull(request.path(), "path");
    }
    @Nullable ProblemEvent event = cs.isEmpty() ? null : new ProblemEvent(r, method, path);
    Problem problem = r.problem();
    for (ProblemCustomizer customizer : cs) {
      try {
        Problem next = Objects.requireNonNull(customizer.customize(problem, event), "customized problem");
        if (next.status().equals(problem.status())) {
          problem = next;
        } else {
          LOG.log(System.Logger.Level.WARNING, "StatusKit ignored " + customizer.getClass().getName()
              + ": it changed the problem's status, which must equal the response status (RFC 9457 §3.1.2)");
        }
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "StatusKit skipped problem customizer " + customizer.getClass().getName(), e);
      }
    }
    HeaderFields headers = r.headers();
    if (notStorable(r.status().code()) && !headers.contains("Cache-Control")) {
      headers = headers.with(NO_STORE); // the constant field is shared: one array
    }
    Resolution done = problem == r.problem() && headers == r.headers() ? r
        : new Resolution(r.status(), headers, problem, r.thrown(), r.source(), r.kind());
    boolean notify = !effectiveListeners.isEmpty() || c instanceof Cdi;
    @Nullable ProblemEvent finalEvent = !notify ? null
        : event != null && done == r ? event : new ProblemEvent(done, method, path); // done: also its header fields
    for (ProblemListener l : effectiveListeners) {
      try {
        l.onProblem(finalEvent);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "StatusKit problem listener " + l.getClass().getName() + " failed", e);
      }
    }
    if (c instanceof Cdi cdiSupport) {
      try {
        cdiSupport.fire(finalEvent);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "A CDI observer of ProblemEvent failed", e);
      }
    }
    if (ProblemLog.isLoggable(done)) {
      // The request is read, and its text built, only for a record that is written. Without the
      // strings, the request line is there (one of the two is always given).
      if (method == null || path == null) {
        method = Objects.requireNonNull(request).method();
        path = request.path();
      }
      ProblemLog.log(done, method + " " + path);
    }
    return done;
  }

  private synchronized Object lookUpCdi() {
    Object c = cdi;
    if (c != null) {
      return c;
    }
    Cdi found = null;
    try {
      found = Cdi.current();
    } catch (RuntimeException | LinkageError e) {
      LOG.log(System.Logger.Level.WARNING, "StatusKit could not look up CDI beans; going on without them", e);
    }
    if (found != null) {
      effective = withBeans(customizers, found.customizers());
      effectiveListeners = withBeans(listeners, found.listeners());
      cdi = found;
      return found;
    }
    cdi = NO_CDI;
    return NO_CDI;
  }

  /** The hooks given, plus the CDI beans of a class not among them, in {@code @Priority} order. */
  private static <T> List<T> withBeans(List<T> own, Iterable<? extends T> beans) {
    List<T> all = new ArrayList<>(own);
    for (T bean : beans) {
      if (all.stream().noneMatch(existing -> existing.getClass() == unproxied(bean.getClass()))) {
        all.add(bean);
      }
    }
    all.sort(Comparator.comparingInt(ProblemHandler::priority));
    return List.copyOf(all);
  }

  /** CDI client proxies subclass the bean class; compare and read annotations on the bean class. */
  private static Class<?> unproxied(Class<?> c) {
    Class<?> k = c;
    while (k.getSuperclass() != null && k.getSuperclass() != Object.class && k.getName().contains("$")
        && k.getSimpleName().contains("Proxy")) {
      k = k.getSuperclass();
    }
    return k;
  }

  /** {@code jakarta.annotation.Priority}, read by name so that the annotation API is optional. */
  static int priority(Object hook) {
    for (Annotation a : unproxied(hook.getClass()).getAnnotations()) {
      if (a.annotationType().getName().equals("jakarta.annotation.Priority")) {
        try {
          Method value = a.annotationType().getMethod("value");
          return (Integer) value.invoke(a);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return DEFAULT_PRIORITY;
        }
      }
    }
    return DEFAULT_PRIORITY;
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, ProblemHandler.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The placeholder {@link Resolution#thrown()} of status-only errors; never thrown. */
  private static final class StatusOnly extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StatusOnly(int status) {
      super("HTTP " + status + " without an exception", null, false, false);
    }
  }

  /** Builds a {@link ProblemHandler}. Not thread-safe. */
  public static final class Builder {
    private ProblemResolver resolver = ProblemResolver.defaults();
    private final List<ProblemCustomizer> customizers = new ArrayList<>();
    private final List<ProblemListener> listeners = new ArrayList<>();
    private boolean serviceLoader = true;
    private boolean cdi = true;
    private @Nullable ClassLoader classLoader = Thread.currentThread().getContextClassLoader();

    private Builder() {}

    /**
     * Sets the resolver.
     *
     * @param resolver the resolver
     * @return this builder
     */
    public Builder resolver(ProblemResolver resolver) {
      this.resolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * Adds a customizer.
     *
     * @param customizer the customizer
     * @return this builder
     */
    public Builder customizer(ProblemCustomizer customizer) {
      customizers.add(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ProblemListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Whether to load customizers and listeners with {@link ServiceLoader}.
     *
     * @param enabled {@code true} by default
     * @return this builder
     */
    public Builder serviceLoader(boolean enabled) {
      this.serviceLoader = enabled;
      return this;
    }

    /**
     * The class loader for {@link ServiceLoader}.
     *
     * @param loader the loader; the thread's context class loader by default
     * @return this builder
     */
    public Builder classLoader(@Nullable ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /**
     * Whether to look up CDI beans and fire CDI events when a container is running.
     *
     * @param enabled {@code true} by default
     * @return this builder
     */
    public Builder cdi(boolean enabled) {
      this.cdi = enabled;
      return this;
    }

    /**
     * The handler.
     *
     * @return the handler
     */
    public ProblemHandler build() {
      return new ProblemHandler(this);
    }
  }
}
