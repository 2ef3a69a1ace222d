package dev.statuskit.cdi.it;

import dev.statuskit.engine.ProblemEngine;
import org.jspecify.annotations.Nullable;

/** A request as an adapter shows it to the engine, for the tests that call the engine directly. */
record Req(String method, String path) implements ProblemEngine.Request {

  static Req of(String method, String path) {
    return new Req(method, path);
  }

  @Override
  public @Nullable String header(String name) {
    return null;
  }
}
