package dev.statuskit.engine;

import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A request as an adapter hands it over with the matched endpoint: method, path and header fields
 * as {@link ProblemEngine.Request#of(String, String, Map)} holds them, the endpoint from a supplier
 * (which a test may count or make hostile).
 */
record EndpointRequest(ProblemEngine.Request plain, Supplier<ProblemEngine.Endpoint> endpoints)
    implements ProblemEngine.Request {

  static EndpointRequest of(String method, String path, Map<String, String> headers,
      Supplier<ProblemEngine.Endpoint> endpoint) {
    return new EndpointRequest(ProblemEngine.Request.of(method, path, headers), endpoint);
  }

  @Override
  public String method() {
    return plain.method();
  }

  @Override
  public String path() {
    return plain.path();
  }

  @Override
  public @Nullable String header(String name) {
    return plain.header(name);
  }

  @Override
  public ProblemEngine.Endpoint endpoint() {
    return endpoints.get();
  }
}
