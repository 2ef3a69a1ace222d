package dev.statuskit.jaxrs;

import dev.statuskit.HttpException;
import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemHandler;
import dev.statuskit.ProblemResolver;
import dev.statuskit.Resolution;
import dev.statuskit.internal.FieldSyntax;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.representation.ContentNegotiation;
import dev.statuskit.representation.Negotiated;
import dev.statuskit.representation.ProblemMediaType;
import dev.statuskit.representation.ProblemWriter;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The state one {@link StatusKitFeature} registration shares with its mappers: the resolver and the
 * cached annotation metadata of resource methods; and the one place where a problem becomes a
 * {@link Response}.
 */
final class ProblemResponder {

  /** Header fields of a WAE response that described its (absent) entity; ours replace them. */
  private static final List<String> ENTITY_FIELDS = List.of("content-type", "content-length", "content-encoding",
      "content-language", "content-location", "transfer-encoding");

  /** The {@code Content-Type} of each representation, parsed once: {@code type(String)} parses per response. */
  private static final Map<ProblemMediaType, MediaType> MEDIA_TYPES = new ConcurrentHashMap<>();

  private volatile ProblemResolver resolver;
  private volatile ProblemHandler handler;
  private volatile ProblemWriter writer;
  private volatile boolean explicit;
  private final Map<EndpointKey, EndpointRules> endpoints = new ConcurrentHashMap<>();
  /** A mapper of this registration, whose injected {@code ResourceInfo} a request filter's view borrows. */
  private volatile @Nullable ProblemMapperBase contextSource;

  private record EndpointKey(Class<?> resourceClass, @Nullable Method method) {}

  ProblemResponder(ProblemResolver resolver, boolean explicit) {
    this.resolver = resolver;
    this.handler = handler(resolver);
    this.writer = ProblemWriter.defaults().withSettings(resolver.settings());
    this.explicit = explicit;
  }

  /** Customizers and listeners from ServiceLoader (the application's class loader) and CDI. */
  private static ProblemHandler handler(ProblemResolver resolver) {
    return ProblemHandler.builder().resolver(resolver).build();
  }

  ProblemResolver resolver() {
    return resolver;
  }

  /** Set by the feature once its mappers are registered. */
  void contextSource(ProblemMapperBase mapper) {
    this.contextSource = mapper;
  }

  /**
   * StatusKit's answer to {@code thrown} in a request filter, the request read from
   * {@code context}; for {@link ProblemResponses}.
   */
  Response respond(Throwable thrown, ContainerRequestContext context) {
    ProblemMapperBase source = contextSource;
    return respond(thrown, source != null ? source.request(context) : new RequestView(context, null));
  }

  /**
   * StatusKit's answer to anything: a StatusKit exception by its resolution (no endpoint rule can
   * apply to it), a {@code WebApplicationException} as its mapper answers it, anything else by the
   * {@link Classifier}. The one dispatch of the {@code HttpException} and {@code Throwable} mappers
   * and of {@link ProblemResponses}.
   */
  Response respond(Throwable thrown, RequestView view) {
    if (thrown instanceof HttpException) {
      return respond(new Outcome(resolver.resolve(thrown)), view);
    }
    if (thrown instanceof WebApplicationException wae) {
      return WebApplicationExceptionMapper.respond(wae, this, view);
    }
    return respond(Classifier.classify(thrown, view, this), view);
  }

  /** The body writer with this registration's settings ({@code statuskit.max-detail-length}). */
  ProblemWriter writer() {
    return writer;
  }

  /** A later, explicitly configured registration replaces the defaults of an automatic one. */
  void reconfigure(ProblemResolver resolver) {
    if (!explicit) {
      this.resolver = resolver;
      this.handler = handler(resolver);
      this.writer = ProblemWriter.defaults().withSettings(resolver.settings());
      this.explicit = true;
    }
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
   * An answer ready to become a response: status, header fields (all of a WAE's, or the
   * exception's), the problem, and the resolution to log.
   */
  static final class Outcome {
    final int status;
    final List<Map.Entry<String, Object>> headers = new ArrayList<>();
    Problem problem;
    final Resolution resolution;

    Outcome(Resolution resolution) {
      this.status = resolution.status().code();
      this.problem = resolution.problem();
      this.resolution = resolution;
      resolution.headers().forEach((n, v) -> headers.add(Map.entry(n, v)));
    }

    Outcome(int status, Problem problem, Resolution resolution) {
      this.status = status;
      this.problem = problem;
      this.resolution = resolution;
    }

    boolean hasHeader(String name) {
      for (Map.Entry<String, Object> e : headers) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return true;
        }
      }
      return false;
    }
  }

  /** An outcome for a status that is not from a resolver (a WAE's), with an occurrence id for 5xx. */
  Outcome outcome(int status, Problem.Builder problem, Throwable thrown, Resolution.Kind kind) {
    return outcome(status, problem, thrown, thrown, kind);
  }

  /** As above, where {@code source} is the element of the cause chain that decided the answer. */
  Outcome outcome(int status, Problem.Builder problem, Throwable thrown, Throwable source, Resolution.Kind kind) {
    Resolution r = resolver.resolution(HttpStatus.valueOf(status), HeaderFields.empty(), problem, thrown, source, kind);
    return new Outcome(status, r.problem(), r);
  }

  /**
   * The name of the first header field of a response that must not be sent as it is: a name that
   * is not a token, or a value with a control character other than HTAB or a character beyond
   * ASCII (RFC 9110 §5.1, §5.5; a {@link URI} is judged by its ASCII form, which runtimes send);
   * {@code null} if all are safe.
   */
  static @Nullable String unsafeHeader(Response response) {
    for (Map.Entry<String, List<Object>> e : response.getHeaders().entrySet()) {
      String name = e.getKey();
      if (name == null || !FieldSyntax.isToken(name)) {
        return name == null ? "(null)" : "(a name that is not a token)";
      }
      if (e.getValue() == null) {
        continue;
      }
      for (Object v : e.getValue()) {
        if (v != null && !FieldSyntax.hasOnlyFieldCharacters(v instanceof URI u ? u.toASCIIString() : String.valueOf(v))) {
          return name;
        }
      }
    }
    return null;
  }

  static MediaType mediaType(ProblemMediaType type) {
    MediaType m = MEDIA_TYPES.get(type);
    return m != null ? m : MEDIA_TYPES.computeIfAbsent(type, t -> MediaType.valueOf(t.contentType()));
  }

  /** Copies every header field of a WAE's response but those that described its entity. */
  static void copyHeaders(Response from, Outcome to) {
    from.getHeaders().forEach((name, values) -> {
      if (!ENTITY_FIELDS.contains(name.toLowerCase(Locale.ROOT)) && values != null) {
        for (Object v : values) {
          if (v != null) {
            to.headers.add(Map.entry(name, v));
          }
        }
      }
    });
  }

  /**
   * Applies the endpoint defaults, logs the one record, and builds the response: same status,
   * all header fields, an explicit {@code Content-Type} from negotiation, and always an entity
   * where the status allows content, so no runtime falls back to {@code sendError} or a 406.
   */
  Response respond(Outcome o, RequestView request) {
    // The endpoint's rules fill in what the problem lacks; reading them costs a context lookup on
    // some runtimes, so they are read only when something is lacking. What they add goes into the
    // resolution, so that the hooks and the log see the response as it is sent.
    boolean needsRetryAfter = (o.status == 413 || o.status == 429 || o.status == 503) && !o.hasHeader("Retry-After");
    boolean needsChallenge = o.status == 401 && !o.hasHeader("WWW-Authenticate");
    Problem problem = o.problem;
    HeaderFields headers = o.resolution.headers();
    if (needsRetryAfter || needsChallenge || !problem.type().isAbsolute()) {
      EndpointRules rules = request.rules(this);
      URI type = rules.type(problem.type());
      if (!type.equals(problem.type())) {
        problem = problem.toBuilder().type(type).build();
      }
      String retryAfter = rules.retryAfter();
      if (needsRetryAfter && retryAfter != null) {
        headers = headers.with("Retry-After", retryAfter);
      }
      String challenge = rules.challenge();
      if (needsChallenge && challenge != null) {
        headers = headers.with("WWW-Authenticate", challenge);
      }
    }
    // Customizers, listeners, CDI observers and the one log record (core ProblemHandler).
    Resolution base = problem == o.resolution.problem() && headers == o.resolution.headers() ? o.resolution
        : new Resolution(o.resolution.status(), headers, problem, o.resolution.thrown(), o.resolution.source(),
            o.resolution.kind());
    Resolution done = handler.complete(base, request); // reads the request only for hooks or a log record
    o.problem = done.problem();
    done.headers().forEach((n, v) -> {
      if (!o.hasHeader(n)) {
        o.headers.add(Map.entry(n, v));
      }
    });
    Response.ResponseBuilder rb = Response.status(o.status);
    boolean varyAccept = false;
    for (Map.Entry<String, Object> h : o.headers) {
      rb.header(h.getKey(), h.getValue());
      if (h.getKey().equalsIgnoreCase("Vary") && ContentNegotiation.varyCoversAccept(h.getValue().toString())) {
        varyAccept = true;
      }
    }
    // HEAD keeps the entity: the runtime drops the body but keeps Content-Type, as for GET (RFC 9110 §9.3.2).
    if (ProblemWriter.hasBody("GET", o.status)) {
      Negotiated n = ContentNegotiation.negotiate(request.accept());
      if (n.dependsOnAccept() && !varyAccept) {
        rb.header("Vary", "Accept");
      }
      rb.entity(o.problem).type(mediaType(n.mediaType()));
    }
    return rb.build();
  }
}
