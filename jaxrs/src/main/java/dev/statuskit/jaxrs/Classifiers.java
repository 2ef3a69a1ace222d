package dev.statuskit.jaxrs;

import dev.statuskit.HttpProblem;
import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.internal.FieldSyntax;
import dev.statuskit.spi.ProblemEvent;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JAX-RS adapter's classification steps, run by the engine in this order at each element of
 * the cause chain, after StatusKit's own exceptions and before {@code @HttpProblem} classes and
 * configured mappings: a {@code WebApplicationException} without an entity, the endpoint's
 * {@link MapException} rules, malformed request content, Bean Validation.
 */
final class Classifiers {

  /** Header fields of a WAE response that described its (absent) entity; the problem's replace them. */
  private static final List<String> ENTITY_FIELDS = List.of("content-type", "content-length", "content-encoding",
      "content-language", "content-location", "transfer-encoding");

  private Classifiers() {}

  static List<ProblemEngine.Classifier> all() {
    return StatusKitFeature.VALIDATION_PRESENT
        ? List.of(Classifiers::webApplicationException, Classifiers::endpointRule, Classifiers::requestContent,
            ValidationClassifier.INSTANCE)
        : List.of(Classifiers::webApplicationException, Classifiers::endpointRule, Classifiers::requestContent);
  }

  /**
   * An entity-less {@code WebApplicationException} (the runtime's 404, 405, 406, 415, and those the
   * application throws): its status and every header field of its response, with a problem body.
   * The exception message is not copied into {@code detail}: runtimes put internals there. A header
   * field that is not a token, or whose value holds a control or non-ASCII character, is never
   * copied: the answer is then a safe 500, logged with the reason.
   */
  static ProblemEngine.@Nullable Classification webApplicationException(Throwable element,
      ProblemEngine.Request request, Settings settings) {
    if (!(element instanceof WebApplicationException wae)) {
      return null;
    }
    Response original = wae.getResponse();
    if (original == null) {
      original = Response.serverError().build();
    }
    if (original.hasEntity() || !settings.get(StatusKitFeature.MAP_WEB_APPLICATION_EXCEPTIONS)) {
      return null; // not ours to answer: the adapter passes the runtime's response through
    }
    Kept kept = kept(original);
    if (kept.fields() == null) {
      // Never emitted raw: a CR or LF would split the response. The application built a response
      // it cannot send, a server error like any other exception.
      IllegalArgumentException refused = new IllegalArgumentException("StatusKit refused the response of a "
          + original.getStatus() + " WebApplicationException: its header field " + kept.refused()
          + " is not a valid field name and value (RFC 9110 §5.1, §5.5)", wae);
      return new ProblemEngine.Classification(HttpStatus.INTERNAL_SERVER_ERROR, HeaderFields.empty(),
          Problem.builder().status(500).build(), ProblemEvent.Origin.UNHANDLED, refused, refused, null);
    }
    Problem.Builder p = Problem.builder();
    if (original.getStatus() == 400 && JsonFailures.isRequestContentFailure(wae)) {
      p.detail(JsonFailures.DETAIL);
    }
    return ProblemEngine.Classification.mapped(HttpStatus.valueOf(original.getStatus()), kept.fields(), p);
  }

  /** The header fields of a WAE's response, or the name of the first one that must not be sent. */
  private record Kept(@Nullable HeaderFields fields, @Nullable String refused) {}

  /**
   * Every header field of a WAE's response but those that described its (absent) entity, checked
   * once, as they are added (a name that is not a token, a value with a control or non-ASCII
   * character, leading or trailing whitespace); the first one refused is named, never quoted.
   */
  private static Kept kept(Response original) {
    HeaderFields.Builder kept = HeaderFields.builder();
    for (Map.Entry<String, List<Object>> e : original.getHeaders().entrySet()) {
      String name = e.getKey();
      if (name == null || !FieldSyntax.isToken(name)) {
        return new Kept(null, name == null ? "(null)" : "(a name that is not a token)");
      }
      if (e.getValue() == null || ENTITY_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Object v : e.getValue()) {
        if (v != null) {
          try {
            kept.add(name, headerValue(v));
          } catch (IllegalArgumentException invalid) {
            return new Kept(null, name);
          }
        }
      }
    }
    return new Kept(kept.build(), null);
  }

  /**
   * A value as the runtime would write it: through its header delegate for the types it knows
   * ({@code Date}, {@code CacheControl}, {@code EntityTag}, ...), else its text.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String headerValue(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof URI u) {
      return u.toASCIIString();
    }
    try {
      RuntimeDelegate.HeaderDelegate delegate = RuntimeDelegate.getInstance().createHeaderDelegate(v.getClass());
      if (delegate != null) {
        return delegate.toString(v);
      }
    } catch (RuntimeException | LinkageError noDelegate) {
      // The runtime has none for this type: its text, as runtimes then write it.
    }
    return String.valueOf(v);
  }

  /** The endpoint's {@link MapException} rules, the method's before the class's. */
  static ProblemEngine.@Nullable Classification endpointRule(Throwable element, ProblemEngine.Request request,
      Settings settings) {
    if (element.getClass().isAnnotationPresent(HttpProblem.class)
        || !(request.endpoint() instanceof EndpointRules rules)) {
      return null; // an @HttpProblem class carries its own answer; a request of another adapter has no rules
    }
    EndpointRules.Rule rule = rules.rule(element.getClass());
    if (rule == null) {
      return null;
    }
    return ProblemEngine.Classification.mapped(rule.status(), HeaderFields.empty(),
        Problem.builder().type(rule.type()).title(rule.title()));
  }

  /** A JSON failure to read the request content: 400 with a detail that shows no parser internals. */
  static ProblemEngine.@Nullable Classification requestContent(Throwable element, ProblemEngine.Request request,
      Settings settings) {
    if (!JsonFailures.isRequestContentFailure(element)) {
      return null;
    }
    return ProblemEngine.Classification.mapped(HttpStatus.BAD_REQUEST, HeaderFields.empty(),
        Problem.builder().detail(JsonFailures.DETAIL));
  }
}
