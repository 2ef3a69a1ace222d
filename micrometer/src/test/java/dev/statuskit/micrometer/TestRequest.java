package dev.statuskit.micrometer;

import dev.statuskit.engine.ProblemEngine;
import org.jspecify.annotations.Nullable;

/** A request without header fields, as an adapter would show it to the engine. */
record TestRequest(String method, String path) implements ProblemEngine.Request {

  static TestRequest get(String path) {
    return new TestRequest("GET", path);
  }

  @Override
  public @Nullable String header(String name) {
    return null;
  }
}
