package dev.statuskit.jaxrs;

import jakarta.ws.rs.ext.ContextResolver;
import org.jspecify.annotations.Nullable;

/**
 * Hands a request filter the {@link ProblemResponses} of its application through
 * {@code Providers.getContextResolver}: the one lookup that reaches a feature's registrations on
 * Jersey, RESTEasy and CXF alike (CXF's injected {@code Configuration} does not show them).
 */
final class ProblemResponsesResolver implements ContextResolver<ProblemResponses> {

  private final ProblemResponses responses;

  ProblemResponsesResolver(ProblemResponses responses) {
    this.responses = responses;
  }

  @Override
  public @Nullable ProblemResponses getContext(Class<?> type) {
    return type == ProblemResponses.class ? responses : null;
  }
}
