package dev.statuskit.micrometer;

import dev.statuskit.NotFoundException;
import dev.statuskit.engine.ProblemEngine;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The engine these tests run: the counter under test is its only hook (no ServiceLoader, no CDI lookup). */
final class CounterEngines {

  private CounterEngines() {}

  static ProblemEngine engine(ProblemCounter counter) {
    return ProblemEngine.builder().serviceLoader(false).cdi(false).listener(counter).build();
  }

  /** Answers {@code GET /} with a plain 404 the given number of times, on an engine with the counter. */
  static void countNotFound(ProblemCounter counter, int times) {
    ProblemEngine engine = engine(counter);
    for (int i = 0; i < times; i++) {
      engine.handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/"));
    }
  }

  /**
   * Answers one 404 with a counter given no registry, while a registry of its own is part of
   * Micrometer's global registry.
   *
   * @return that registry, holding what the counter counted on the global registry
   */
  static SimpleMeterRegistry countNotFoundOnTheGlobalRegistry() {
    SimpleMeterRegistry global = new SimpleMeterRegistry();
    Metrics.addRegistry(global);
    try {
      countNotFound(new ProblemCounter(), 1);
    } finally {
      Metrics.removeRegistry(global);
    }
    return global;
  }
}
