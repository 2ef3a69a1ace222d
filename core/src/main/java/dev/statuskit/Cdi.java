package dev.statuskit;

import dev.statuskit.spi.ProblemCustomizer;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The only class that touches the CDI API. {@link ProblemHandler} loads it only after checking
 * that the API is on the class path, so core runs without CDI.
 */
final class Cdi {

  private final List<ProblemCustomizer> customizers;
  private final Event<ProblemEvent> events;

  private Cdi(CDI<Object> cdi) {
    List<ProblemCustomizer> found = new ArrayList<>();
    Instance<ProblemCustomizer> instances = cdi.select(ProblemCustomizer.class);
    for (ProblemCustomizer c : instances) {
      found.add(c);
    }
    this.customizers = List.copyOf(found);
    this.events = cdi.getBeanManager().getEvent().select(ProblemEvent.class);
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

  void fire(ProblemEvent event) {
    events.fire(event);
  }
}
