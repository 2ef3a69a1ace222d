package dev.statuskit.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@link ProblemEngine.Request#of}: a request held as plain values; header names compared case-insensitively. */
record PlainRequest(String method, String path, Map<String, String> headers) implements ProblemEngine.Request {

  PlainRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Map<String, String> lower = new java.util.HashMap<>();
    headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, name)));
    headers = Map.copyOf(lower);
  }

  @Override
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
