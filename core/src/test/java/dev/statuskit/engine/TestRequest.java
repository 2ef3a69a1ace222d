package dev.statuskit.engine;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A request as an adapter would show it to the engine, for the tests. */
public record TestRequest(String method, String path, Map<String, String> headers) implements ProblemEngine.Request {

  /** {@code GET /} without header fields. */
  public static final TestRequest GET = new TestRequest("GET", "/", Map.of());

  /**
   * A request without header fields.
   *
   * @param method the method
   * @param path the path
   * @return the request
   */
  public static TestRequest of(String method, String path) {
    return new TestRequest(method, path, Map.of());
  }

  TestRequest accept(String accept) {
    return new TestRequest(method, path, Map.of("accept", accept));
  }

  @Override
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
