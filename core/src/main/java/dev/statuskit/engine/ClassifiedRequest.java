package dev.statuskit.engine;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The request as classifiers see it: the adapter's, plus the {@linkplain ProblemEngine.Request#language()
 * language} the localize stage will choose, worked out only if a classifier asks.
 */
final class ClassifiedRequest implements ProblemEngine.Request {

  private final ProblemEngine.Request request;
  private final Localize localize;

  ClassifiedRequest(ProblemEngine.Request request, Localize localize) {
    this.request = request;
    this.localize = localize;
  }

  @Override
  public String method() {
    return request.method();
  }

  @Override
  public String path() {
    return request.path();
  }

  @Override
  public @Nullable String header(String name) {
    return request.header(name);
  }

  @Override
  public ProblemEngine.Endpoint endpoint() {
    return request.endpoint();
  }

  @Override
  public Optional<Locale> language() {
    return localize.locale(request);
  }
}
