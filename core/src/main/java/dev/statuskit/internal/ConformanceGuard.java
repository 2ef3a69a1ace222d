package dev.statuskit.internal;

import dev.statuskit.conformance.ComplianceChecker;
import dev.statuskit.conformance.ResponseView;
import dev.statuskit.conformance.Violation;
import dev.statuskit.header.internal.HttpDate;
import dev.statuskit.spi.ConformanceListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The conformance guard the adapters run on every response: checks it, fixes what is safe (a 405
 * without {@code Allow} when the adapter knows the methods, a missing {@code Date}) and reports the
 * rest once per route, status and rule, to the log and the {@link ConformanceListener}s: those
 * {@link ServiceLoader} finds and, when a CDI container runs, the CDI beans of that type (looked up
 * once, at the first report).
 */
public final class ConformanceGuard {

  /** The logger the guard writes to. */
  public static final String LOGGER = "dev.statuskit.conformance";
  /** Beyond this many distinct reports, new ones are dropped: routes are bounded, paths not always. */
  static final int MAX_REPORTS = 10_000;

  private static final System.Logger LOG = System.getLogger(LOGGER);

  /** What the adapter can do to the response before it is committed. */
  public interface Target {
    /**
     * The methods the route allows, for a 405 that lacks {@code Allow}.
     *
     * @return an {@code Allow} value, or null when the adapter cannot tell
     */
    @Nullable String allowedMethods();

    /**
     * Sets a header field on the response.
     *
     * @param name the field name
     * @param value the value
     */
    void setHeader(String name, String value);
  }

  private final List<ConformanceListener> ownListeners;
  private final boolean lookUpCdi;
  /** The listeners with CDI's beans added, once looked up; null before the first report. */
  private volatile @Nullable List<ConformanceListener> listeners;
  private final Clock clock;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  ConformanceGuard(List<ConformanceListener> listeners, boolean lookUpCdi, Clock clock) {
    this.ownListeners = List.copyOf(listeners);
    this.lookUpCdi = lookUpCdi;
    this.listeners = lookUpCdi ? null : ownListeners;
    this.clock = clock;
  }

  /**
   * A guard with the listeners {@link ServiceLoader} finds through the class loader and, at the
   * first report, the CDI beans of {@link ConformanceListener} when a container runs.
   *
   * @param loader the application's class loader, or null for StatusKit's own
   * @return the guard
   */
  public static ConformanceGuard load(@Nullable ClassLoader loader) {
    List<ConformanceListener> ls = new ArrayList<>();
    try {
      ServiceLoader.load(ConformanceListener.class, loader != null ? loader : ConformanceGuard.class.getClassLoader())
          .forEach(ls::add);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(System.Logger.Level.WARNING, "StatusKit could not load the ConformanceListeners; going on without them", e);
    }
    return new ConformanceGuard(ls, true, Clock.systemUTC());
  }

  /**
   * A guard with the given listeners only.
   *
   * @param listeners the listeners, in order
   * @return the guard
   */
  public static ConformanceGuard of(List<ConformanceListener> listeners) {
    return new ConformanceGuard(listeners, false, Clock.systemUTC());
  }

  /**
   * Checks a response that is not yet committed, fixes what is safe through the target, and reports
   * the rest.
   *
   * @param route the request method and route, for the reports
   * @param response the response as it stands
   * @param target where fixes go
   * @return the violations left unfixed
   */
  public List<Violation> guard(String route, ResponseView response, Target target) {
    List<Violation> found = ComplianceChecker.check(response);
    if (found.isEmpty()) {
      return found;
    }
    List<Violation> left = new ArrayList<>(found.size());
    for (Violation v : found) {
      if (!fix(v, target)) {
        left.add(v);
      } else if (!v.rule().equals(ComplianceChecker.DATE) // containers add Date at commit: nothing to tell
          && remember("fixed " + route + " " + response.status() + " " + v.key())) {
        LOG.log(System.Logger.Level.INFO, () -> "StatusKit conformance guard: " + route + " answered " + v
            + "; fixed on the response");
      }
    }
    for (Violation v : left) {
      if (remember(route + " " + response.status() + " " + v.key())) {
        report(route, response.status(), v);
      }
    }
    return List.copyOf(left);
  }

  private boolean fix(Violation v, Target target) {
    if (v.rule().equals(ComplianceChecker.DATE)) {
      target.setHeader("Date", now());
      return true;
    }
    if (v.rule().equals(ComplianceChecker.FIELD_REQUIRED) && "Allow".equals(v.field())) {
      String allow = target.allowedMethods();
      if (allow != null && !allow.isBlank()) {
        target.setHeader("Allow", allow);
        return true;
      }
    }
    return false;
  }

  /** The Date value, formatted once per second. */
  private String now() {
    return HttpDate.at(clock.millis());
  }

  private boolean remember(String key) {
    return reported.size() < MAX_REPORTS && reported.add(key);
  }

  private void report(String route, int status, Violation v) {
    LOG.log(v.severity() == dev.statuskit.conformance.Severity.MUST ? System.Logger.Level.WARNING
        : System.Logger.Level.INFO, () -> "StatusKit conformance guard: " + route + " answered " + v);
    for (ConformanceListener l : listeners()) {
      try {
        l.onViolation(route, status, v);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "StatusKit: ConformanceListener " + l.getClass().getName()
            + " failed; the response is unaffected", e);
      }
    }
  }

  private List<ConformanceListener> listeners() {
    List<ConformanceListener> ls = listeners;
    if (ls == null) {
      List<ConformanceListener> all = new ArrayList<>(ownListeners);
      try {
        all.addAll(CdiBeans.of(ConformanceListener.class));
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "StatusKit could not look up the ConformanceListener beans; going on without them", e);
      }
      ls = List.copyOf(all);
      listeners = ls;
    }
    return ls;
  }

  /**
   * The route and method as the reports name them.
   *
   * @param method the request method
   * @param route the route template or mapping
   * @return for example {@code GET /orders/{id}}
   */
  public static String route(String method, @Nullable String route) {
    return Objects.requireNonNull(method, "method") + " " + (route == null || route.isEmpty() ? "/" : route);
  }
}
