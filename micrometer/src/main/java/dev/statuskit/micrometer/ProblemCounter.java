package dev.statuskit.micrometer;

import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Counts every handled problem in the counter {@value #METER_NAME}, tagged {@code status} (the code),
 * {@code type} (the problem type URI) and {@code exception} (the fully qualified class name of what
 * was thrown, or {@code none} for a status without an exception). Nothing from the request (path,
 * method) nor the problem's {@code instance} or {@code detail} becomes a tag, so the number of meters
 * stays bounded by the application's code, not by its traffic.
 *
 * <p>The registry is the one given to the constructor; otherwise, looked up at the first problem and
 * kept: the one {@code MeterRegistry} bean of a running CDI container, else
 * {@link Metrics#globalRegistry}. Counting never fails the response: an error of the registry is
 * logged once at {@code WARNING} and the problem goes uncounted.
 *
 * @since 0.3.0
 */
public final class ProblemCounter implements ProblemListener {

  /** The name of the counter. */
  public static final String METER_NAME = "statuskit.problems";

  /** The value of the {@code exception} tag for a status without an exception. */
  public static final String NO_EXCEPTION = "none";

  private static final System.Logger LOG = System.getLogger("dev.statuskit");
  private static final boolean CDI_API = isPresent("jakarta.enterprise.inject.spi.CDI");
  // The tags are bounded by the application's code; the bound only guards the cache against a misuse
  // (types made per request): past it the registry, which dedupes meters itself, is asked each time.
  private static final int MAX_CACHED = 1024;

  private record Key(int status, String type, String exception) {}

  private volatile @Nullable MeterRegistry registry;
  private final ConcurrentMap<Key, Counter> counters = new ConcurrentHashMap<>();
  private final AtomicBoolean warned = new AtomicBoolean();

  /**
   * A counter on the application's registry: a CDI bean, or Micrometer's global registry, looked up
   * at the first problem. This is the constructor {@link java.util.ServiceLoader} calls.
   */
  public ProblemCounter() {
    this.registry = null;
  }

  /**
   * A counter on the given registry.
   *
   * @param registry where the counter is registered
   */
  public ProblemCounter(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Counts one problem.
   *
   * @param event the handled problem
   */
  @Override
  public void onProblem(ProblemEvent event) {
    try {
      Key key = new Key(event.status().code(), event.problem().type().toString(),
          event.exception().map(e -> e.getClass().getName()).orElse(NO_EXCEPTION));
      Counter counter = counters.get(key);
      if (counter == null) {
        counter = register(registry(), key);
        if (counters.size() < MAX_CACHED) {
          counters.putIfAbsent(key, counter);
        }
      }
      counter.increment();
    } catch (RuntimeException | LinkageError e) {
      if (warned.compareAndSet(false, true)) {
        LOG.log(System.Logger.Level.WARNING, "StatusKit could not count a problem in " + METER_NAME
            + "; later failures are logged at DEBUG", e);
      } else {
        LOG.log(System.Logger.Level.DEBUG, "StatusKit could not count a problem in " + METER_NAME, e);
      }
    }
  }

  private static Counter register(MeterRegistry registry, Key key) {
    return Counter.builder(METER_NAME)
        .description("Problem responses StatusKit sent, by status, problem type and exception class")
        .baseUnit("problems")
        .tag("status", Integer.toString(key.status()))
        .tag("type", key.type())
        .tag("exception", key.exception())
        .register(registry);
  }

  private MeterRegistry registry() {
    MeterRegistry r = registry;
    return r != null ? r : lookUpRegistry();
  }

  private synchronized MeterRegistry lookUpRegistry() {
    MeterRegistry r = registry;
    if (r != null) {
      return r;
    }
    if (CDI_API) {
      try {
        r = CdiRegistry.lookUp();
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING,
            "StatusKit could not look up a CDI MeterRegistry; counting on Metrics.globalRegistry", e);
      }
    }
    if (r == null) {
      r = Metrics.globalRegistry;
    }
    registry = r;
    return r;
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, ProblemCounter.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
