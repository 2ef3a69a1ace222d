package dev.statuskit.benchmarks;

import dev.statuskit.engine.ProblemEngine;
import org.jspecify.annotations.Nullable;

/** A request as an adapter shows it to the engine: a method, a path and an {@code Accept}. */
record BenchRequest(String method, String path, @Nullable String accept) implements ProblemEngine.Request {

  @Override
  public @Nullable String header(String name) {
    return "Accept".equalsIgnoreCase(name) ? accept : null;
  }
}
