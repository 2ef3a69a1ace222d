package dev.statuskit.jaxrs;

import dev.statuskit.ProblemMediaType;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.internal.HttpDate;
import dev.statuskit.spi.ProblemEvent;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link StatusKitFeature} registration shares with its mappers: its engine (one
 * reference, swapped whole), the cached annotation rules of resource methods, and the one place
 * where an engine's answer becomes a {@link Response}.
 */
final class ProblemResponder {

  /** The {@code Content-Type} of each representation, parsed once: {@code type(String)} parses per response. */
  private static final Map<ProblemMediaType, MediaType> MEDIA_TYPES = new ConcurrentHashMap<>();

  /** Other negotiated {@code Content-Type} values, parsed once. */
  private static final Map<String, MediaType> OTHER_MEDIA_TYPES = new ConcurrentHashMap<>();

  private volatile ProblemEngine engine;
  private volatile boolean explicit;
  /** Whether answers become Jersey's own responses ({@link #useJerseyResponses}). */
  private volatile boolean jerseyResponses;
  /** The request being processed, where the runtime lets it be read directly ({@link JerseyRequests}). */
  private volatile Supplier<@Nullable ContainerRequestContext> currentRequest = () -> null;
  private final Map<EndpointKey, EndpointRules> endpoints = new ConcurrentHashMap<>();
  /** A mapper of this registration, whose injected {@code ResourceInfo} a request filter's view borrows. */
  private volatile @Nullable ProblemMapperBase contextSource;

  private record EndpointKey(Class<?> resourceClass, @Nullable Method method) {}

  ProblemResponder(ProblemEngine engine, boolean explicit) {
    this.engine = engine;
    this.explicit = explicit;
  }

  ProblemEngine engine() {
    return engine;
  }

  /** Set by the feature once its mappers are registered. */
  void contextSource(ProblemMapperBase mapper) {
    this.contextSource = mapper;
  }

  /** Set by the feature when the runtime lets the current request be read directly. */
  void currentRequests(Supplier<@Nullable ContainerRequestContext> source) {
    this.currentRequest = source;
  }

  /**
   * The request being processed, read directly where the runtime allows it (Jersey), else
   * {@code null}: then a mapper reads it through its injected context proxies.
   */
  @Nullable ContainerRequestContext currentRequest() {
    return currentRequest.get();
  }

  /** A later, explicitly configured registration replaces the engine of an automatic one. */
  void reconfigure(ProblemEngine given) {
    if (!explicit) {
      this.engine = StatusKitFeature.withClassifiers(given);
      this.explicit = true;
    }
  }

  /**
   * StatusKit's answer to {@code thrown} in a request filter, the request read from
   * {@code context}; for {@link ProblemResponses}.
   */
  Response respond(Throwable thrown, ContainerRequestContext context) {
    ProblemMapperBase source = contextSource;
    return respond(thrown, source != null ? source.request(context) : new RequestView(context, (ResourceInfo) null, this));
  }

  /**
   * StatusKit's answer to anything; the one dispatch of every mapper and of {@link ProblemResponses}.
   * A {@code WebApplicationException} that carries an entity, or any one while their mapping is
   * off, keeps the runtime's own response; everything else is the engine's.
   */
  Response respond(Throwable thrown, RequestView view) {
    ProblemEngine e = engine;
    if (thrown instanceof WebApplicationException wae) {
      Response original = wae.getResponse();
      if (original != null && (original.hasEntity()
          || !e.settings().get(StatusKitFeature.MAP_WEB_APPLICATION_EXCEPTIONS))) {
        return original;
      }
    }
    return toResponse(e.handle(thrown, view));
  }

  EndpointRules rules(@Nullable Class<?> resourceClass, @Nullable Method method) {
    if (resourceClass == null) {
      return EndpointRules.NONE;
    }
    EndpointKey key = new EndpointKey(resourceClass, method);
    EndpointRules cached = endpoints.get(key); // a plain read on the hot path; computeIfAbsent may lock
    return cached != null ? cached : endpoints.computeIfAbsent(key, k -> EndpointRules.of(k.resourceClass(), k.method()));
  }

  /**
   * The event's {@code Content-Type}: the negotiated one (which may be another media type of the
   * representation than its own, {@code application/json} say), parsed once per value.
   */
  static MediaType contentType(HeaderFields headers, ProblemMediaType type) {
    String value = headers.first("Content-Type").orElse(null);
    if (value == null || value.equals(type.contentType())) {
      return mediaType(type);
    }
    MediaType m = OTHER_MEDIA_TYPES.get(value);
    if (m == null) {
      m = MediaType.valueOf(value);
      if (OTHER_MEDIA_TYPES.size() < 64) { // a customizer could set any value: bounded
        OTHER_MEDIA_TYPES.put(value, m);
      }
    }
    return m;
  }

  static MediaType mediaType(ProblemMediaType type) {
    MediaType m = MEDIA_TYPES.get(type);
    return m != null ? m : MEDIA_TYPES.computeIfAbsent(type, t -> MediaType.valueOf(t.contentType()));
  }

  /**
   * The event as a response: its status, each of its header fields, and its bytes as the entity
   * with its {@code Content-Type}, so no runtime falls back to {@code sendError} or a 406. Two
   * fields are added because some runtimes leave them out: {@code Content-Length}, the length of
   * the bytes, so the response does not depend on the runtime's buffering for its framing (RFC 9110
   * §8.6; Grizzly alone still writes a response with {@code Upgrade}, a 426, unframed, whatever is
   * set); and {@code Date}, unless the event has one (Grizzly sends none; RFC 9110 §6.6.1), which
   * the runtimes that add their own then leave alone. The runtime drops the entity of
   * a HEAD response and keeps its header fields, as for GET (RFC 9110 §9.3.2). On Jersey the
   * response is Jersey's own, built without its builder ({@link JerseyResponses}); the same parts.
   */
  Response toResponse(ProblemEvent event) {
    return jerseyResponses ? JerseyResponses.of(event) : built(event);
  }

  /** {@link #toResponse} through the JAX-RS response builder, for any runtime. */
  static Response built(ProblemEvent event) {
    Response.ResponseBuilder rb = Response.status(event.status().code());
    headers(event, rb::header);
    event.mediaType().ifPresent(t -> rb.entity(event.body()).type(contentType(event.headers(), t))
        .header("Content-Length", Integer.toString(event.bodyLength())));
    return rb.build();
  }

  /**
   * Hands {@code sink} the event's header fields a response carries, in order, each value
   * separately, then {@code Date} when the event has none; {@code Content-Type} and
   * {@code Content-Length} are left out, as they come with the entity.
   */
  static void headers(ProblemEvent event, BiConsumer<String, Object> sink) {
    HeaderFields headers = event.headers();
    headers.forEach((name, value) -> {
      if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
        sink.accept(name, value);
      }
    });
    if (!headers.contains("Date")) {
      sink.accept("Date", HttpDate.now());
    }
  }

  /**
   * Makes this registration build Jersey's own responses; called by the feature when the runtime
   * is Jersey. Stays with the builder when this Jersey cannot (its message classes changed).
   */
  void useJerseyResponses() {
    try {
      JerseyResponses.check();
      jerseyResponses = true;
    } catch (RuntimeException | LinkageError e) {
      jerseyResponses = false;
    }
  }
}
