package dev.statuskit.quarkus;

import dev.statuskit.jaxrs.ProblemResponses;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.jspecify.annotations.Nullable;

/**
 * Hands a request filter the application's {@link ProblemResponses}
 * ({@code ProblemResponses.of(providers)}) on Quarkus REST, whose {@code Providers} finds only the
 * context resolvers it indexed at build time, not the one {@code StatusKitFeature} registers. The
 * extension indexes this class; applications do not use it directly.
 *
 * @since 0.3.0
 */
@Provider
public final class StatusKitResponsesResolver implements ContextResolver<ProblemResponses> {

  private static volatile @Nullable ProblemResponses responses;

  /** Created by the REST stack. */
  public StatusKitResponsesResolver() {
    // Nothing to set up: the feature hands over the responses when it registers StatusKit.
  }

  static void use(ProblemResponses registered) {
    responses = registered;
  }

  /**
   * The responses of the application's StatusKit registration.
   *
   * @param type the type asked for
   * @return the responses when {@code type} is {@link ProblemResponses} and StatusKit is registered,
   *     otherwise {@code null}
   */
  @Override
  public @Nullable ProblemResponses getContext(Class<?> type) {
    return type == ProblemResponses.class ? responses : null;
  }
}
