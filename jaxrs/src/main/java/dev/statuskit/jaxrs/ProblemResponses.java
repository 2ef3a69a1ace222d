package dev.statuskit.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * StatusKit's response to an exception, for a request filter that rejects a request with
 * {@link ContainerRequestContext#abortWith(Response)} instead of throwing. The runtime's exception
 * path is skipped (on Jersey: a wrapping exception that fills a stack trace, and the mapper
 * lookup), and the request is read from the context the filter holds rather than through the
 * runtime's context proxies. The response is the one StatusKit's mappers give the exception when it
 * is thrown: negotiated, with the endpoint defaults, the hooks and the one log record.
 *
 * <pre>{@code
 * @Provider
 * @Priority(Priorities.AUTHORIZATION)
 * public class RateLimitFilter implements ContainerRequestFilter {
 *   @Context Providers providers;
 *
 *   public void filter(ContainerRequestContext request) {
 *     if (!bucket.tryTake()) {
 *       ProblemResponses.of(providers).abort(request,
 *           new TooManyRequestsException("Try again in a minute.").retryAfter(Duration.ofMinutes(1)));
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Throwing from the filter gives the same response, unless the application has an
 * {@code ExceptionMapper} of its own for the exception's type: a thrown exception goes to that
 * mapper, while this class always answers as StatusKit. It is meant for the paths where rejections
 * are the common case (rate limits, bad tokens), where the cost of the exception path shows in the
 * throughput. Thread-safe.
 *
 * @since 0.2.0
 */
public final class ProblemResponses {

  /**
   * Jersey's {@code Providers}, injected once per injection point and bound to one application,
   * looks the context resolver up anew on every call (its sorted provider list included), which cost
   * about a fifth of StatusKit's share of a filter's rejection. Jersey's instances are therefore
   * remembered, weakly (an undeployed application is not held), in a few slots chosen by identity.
   * Other runtimes inject a proxy that may stand for another application on the next request, so
   * theirs are looked up each time.
   */
  private static final String JERSEY_PROVIDERS = "org.glassfish.jersey.internal.JaxrsProviders";

  private static final AtomicReferenceArray<Remembered> REMEMBERED = new AtomicReferenceArray<>(8);

  private record Remembered(WeakReference<Providers> providers, WeakReference<ProblemResponses> responses) {
    @Nullable ProblemResponses of(Providers p) {
      return providers.get() == p ? responses.get() : null;
    }
  }

  private final ProblemResponder responder;

  ProblemResponses(ProblemResponder responder) {
    this.responder = responder;
  }

  /**
   * StatusKit's responses in the application these providers belong to.
   *
   * @param providers the application's providers ({@code @Context Providers} in the filter)
   * @return the responses of that application's StatusKit registration
   * @throws IllegalStateException if StatusKit is not registered in that application
   */
  public static ProblemResponses of(Providers providers) {
    Objects.requireNonNull(providers, "providers");
    int slot = System.identityHashCode(providers) & (REMEMBERED.length() - 1);
    Remembered remembered = REMEMBERED.get(slot);
    ProblemResponses known = remembered == null ? null : remembered.of(providers);
    if (known != null) {
      return known;
    }
    ProblemResponses responses = lookUp(providers);
    if (providers.getClass().getName().equals(JERSEY_PROVIDERS)) {
      REMEMBERED.set(slot, new Remembered(new WeakReference<>(providers), new WeakReference<>(responses)));
    }
    return responses;
  }

  private static ProblemResponses lookUp(Providers providers) {
    ContextResolver<ProblemResponses> resolver = providers.getContextResolver(ProblemResponses.class,
        MediaType.WILDCARD_TYPE);
    ProblemResponses responses = resolver == null ? null : resolver.getContext(ProblemResponses.class);
    if (responses == null) {
      throw new IllegalStateException("StatusKitFeature is not registered in this application (it registers"
          + " itself from META-INF/services unless jakarta.ws.rs.loadServices is false; CXF needs it registered)");
    }
    return responses;
  }

  /**
   * The response StatusKit gives {@code exception} in this request: a StatusKit exception with its
   * status and header fields, a {@code WebApplicationException} as its mapper answers it, anything
   * else by the endpoint's {@code @MapException} rules, the global mappings, or the safe 500.
   *
   * @param request the request being filtered
   * @param exception what the request is rejected with
   * @return the response, for {@link ContainerRequestContext#abortWith(Response)}
   */
  public Response response(ContainerRequestContext request, Throwable exception) {
    return responder.respond(Objects.requireNonNull(exception, "exception"), Objects.requireNonNull(request, "request"));
  }

  /**
   * Rejects the request with {@link #response(ContainerRequestContext, Throwable)}.
   *
   * @param request the request being filtered
   * @param exception what the request is rejected with
   */
  public void abort(ContainerRequestContext request, Throwable exception) {
    request.abortWith(response(request, exception));
  }
}
