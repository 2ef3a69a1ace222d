package dev.statuskit.jaxrs;

import dev.statuskit.Problem;
import dev.statuskit.Resolution;

/**
 * The resolution order of the JAX-RS adapter for anything that is not a
 * {@code WebApplicationException}: the endpoint's {@link MapException} rules (method, then class),
 * a JSON failure to read the request, a Bean Validation failure, then the {@link
 * dev.statuskit.ProblemResolver} (StatusKit exceptions, {@code @HttpProblem}, global mappings, and
 * the safe 500).
 */
final class Classifier {

  private Classifier() {}

  static ProblemResponder.Outcome classify(Throwable thrown, RequestView request, ProblemResponder responder) {
    EndpointRules.Matched m = request.rules(responder).match(thrown);
    if (m != null) {
      Problem.Builder p = Problem.builder().type(m.rule().type()).title(m.rule().title());
      return responder.outcome(m.rule().status().code(), p, thrown, m.source(), Resolution.Kind.MAPPED);
    }
    if (JsonFailures.isRequestContentFailure(thrown)) {
      return responder.outcome(400, Problem.builder().detail(JsonFailures.DETAIL), thrown, Resolution.Kind.MAPPED);
    }
    if (StatusKitFeature.VALIDATION_PRESENT) { // Bean Validation's classes are touched only when it is there
      ProblemResponder.Outcome o = ValidationSupport.outcome(thrown, responder);
      if (o != null) {
        return o;
      }
    }
    return new ProblemResponder.Outcome(responder.resolver().resolve(thrown));
  }
}
