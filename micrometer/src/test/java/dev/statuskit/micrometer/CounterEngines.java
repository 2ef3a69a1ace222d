package dev.statuskit.micrometer;

import dev.statuskit.NotFoundException;
import dev.statuskit.engine.ProblemEngine;

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
}
