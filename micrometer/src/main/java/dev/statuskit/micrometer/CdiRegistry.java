package dev.statuskit.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import org.jspecify.annotations.Nullable;

/**
 * The only class that touches the CDI API: {@link ProblemCounter} loads it only after checking that
 * the API is on the class path, so the module runs without CDI.
 */
final class CdiRegistry {

  private CdiRegistry() {}

  /** The one {@code MeterRegistry} bean of the running container; null without a container or without exactly one. */
  static @Nullable MeterRegistry lookUp() {
    CDI<Object> cdi;
    try {
      cdi = CDI.current();
    } catch (IllegalStateException noContainer) {
      return null;
    }
    Instance<MeterRegistry> registries = cdi.select(MeterRegistry.class);
    return registries.isResolvable() ? registries.get() : null;
  }
}
