package dev.statuskit.engine;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** {@link ProblemEngine.Request#of}: a request held as plain values; header names compared case-insensitively. */
record PlainRequest(String method, String path, Map<String, String> headers) implements ProblemEngine.Request {

  PlainRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    // Case-insensitive keys: a lookup builds no lower-case copy of the name.
    Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, value) -> fields.put(name, Objects.requireNonNull(value, name)));
    headers = Collections.unmodifiableMap(fields);
  }

  @Override
  public @Nullable String header(String name) {
    return headers.get(name);
  }
}
