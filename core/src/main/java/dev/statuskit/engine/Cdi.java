package dev.statuskit.engine;

import dev.statuskit.internal.CdiBeans;
import dev.statuskit.spi.LocaleResolver;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.ObserverMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine's only class that touches the CDI API: the hook beans (through
 * {@link CdiBeans}, which the conformance guard shares) and the observers of {@link ProblemEvent}.
 * {@link Hooks} loads it only after checking that the API is on the class path, so core runs
 * without CDI.
 */
final class Cdi {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private final List<ProblemCustomizer> customizers;
  private final List<ProblemListener> listeners;
  private final List<LocaleResolver> localeResolvers;
  private final BeanManager beanManager;
  private volatile @Nullable List<ObserverMethod<? super ProblemEvent>> observers;

  private Cdi(CDI<Object> cdi) {
    this.customizers = CdiBeans.of(ProblemCustomizer.class);
    this.listeners = CdiBeans.of(ProblemListener.class);
    this.localeResolvers = CdiBeans.of(LocaleResolver.class);
    this.beanManager = cdi.getBeanManager();
  }

  /** The running container of the calling application, or null when there is none. */
  static @Nullable Cdi current() {
    try {
      return new Cdi(CDI.current());
    } catch (IllegalStateException noContainer) {
      return null;
    }
  }

  List<ProblemCustomizer> customizers() {
    return customizers;
  }

  List<ProblemListener> listeners() {
    return listeners;
  }

  List<LocaleResolver> localeResolvers() {
    return localeResolvers;
  }

  /**
   * Notifies each synchronous observer of {@link ProblemEvent} on its own, in priority order: with
   * {@code Event.fire} the first observer that throws would keep the others from being notified.
   * {@code @ObservesAsync} observers get the event through {@code Event.fireAsync}, off the request
   * thread, as their authors expect; {@code resolveObserverMethods} lists them too.
   */
  void fire(ProblemEvent event) {
    List<ObserverMethod<? super ProblemEvent>> list = observers;
    if (list == null) {
      List<ObserverMethod<? super ProblemEvent>> found = new ArrayList<>(beanManager.resolveObserverMethods(event));
      found.sort(Comparator.comparingInt(ObserverMethod::getPriority));
      list = List.copyOf(found);
      observers = list;
    }
    boolean async = false;
    for (ObserverMethod<? super ProblemEvent> o : list) {
      if (o.isAsync()) {
        async = true;
        continue;
      }
      try {
        o.notify(event);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "A CDI observer of ProblemEvent failed: " + o, e);
      }
    }
    if (async) {
      beanManager.getEvent().select(ProblemEvent.class).fireAsync(event).exceptionally(e -> {
        LOG.log(System.Logger.Level.WARNING, "An asynchronous CDI observer of ProblemEvent failed", e);
        return null;
      });
    }
  }
}
