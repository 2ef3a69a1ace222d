package dev.statuskit.engine;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stage 2: what the problem lacks and the endpoint declares. The endpoint is read only when
 * something is lacking: on some runtimes reading it is a context lookup. A relative type the
 * endpoint does not resolve is resolved against the documentation base
 * ({@link Settings#PROBLEM_DOCS}), when one is set.
 */
final class EndpointDefaults implements Stage {

  private final @Nullable URI docsBase;

  EndpointDefaults(Settings settings) {
    String base = settings.get(Settings.PROBLEM_DOCS);
    this.docsBase = base.isEmpty() ? null : URI.create(dev.statuskit.representation.ProblemDocs.normalizeBase(base));
  }

  @Override
  public void apply(Draft d) {
    boolean needsRetryAfter = d.status.takesRetryAfter() && !d.contains("Retry-After");
    // An endpoint declares the challenge of its origin server (WWW-Authenticate), never a proxy's.
    Optional<String> challengeField = d.status.challengeField().filter("WWW-Authenticate"::equals);
    boolean needsChallenge = challengeField.isPresent() && !d.contains(challengeField.get());
    if (!needsRetryAfter && !needsChallenge && d.problem.type().isAbsolute()) {
      return;
    }
    ProblemEngine.Endpoint endpoint = d.request.endpoint();
    URI type = endpoint.type(d.problem.type());
    if (!type.isAbsolute() && docsBase != null && !type.toString().isEmpty()) {
      type = docsBase.resolve(type);
    }
    if (!type.equals(d.problem.type())) {
      d.problem = d.problem.toBuilder().type(type).build();
    }
    String retryAfter = endpoint.retryAfter();
    if (needsRetryAfter && retryAfter != null) {
      d.headers(d.headers().with("Retry-After", retryAfter));
    }
    String challenge = endpoint.challenge();
    if (needsChallenge && challenge != null) {
      d.headers(d.headers().with(challengeField.get(), challenge));
    }
  }
}
