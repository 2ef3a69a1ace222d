package dev.statuskit.jaxrs;

import dev.statuskit.BadRequestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

/**
 * Turns a runtime's bare 400 for an {@code Accept} it cannot parse into a problem. Jersey answers
 * such a request before any exception mapper runs (its {@code HeaderValueException} of an inbound
 * header is a fixed, empty 400), but response filters still see it. Only an entity-less 400 whose
 * request's {@code Accept} the runtime itself refuses to parse is replaced; the header's value is
 * never echoed, and the engine's negotiation skips the malformed ranges, so the answer is JSON.
 */
@Priority(StatusKitFeature.PRIORITY)
final class MalformedAcceptFilter implements ContainerResponseFilter {

  static final String DETAIL = "The Accept header field is not a valid list of media ranges.";

  private final ProblemResponder responder;

  MalformedAcceptFilter(ProblemResponder responder) {
    this.responder = responder;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 400 || response.hasEntity() || !refused(request)) {
      return; // a 400 for another reason is not this filter's to change
    }
    Response problem;
    try {
      problem = responder.respond(new BadRequestException(DETAIL), request);
    } catch (RuntimeException e) {
      return; // never break a response: the runtime's 400 stays
    }
    for (Map.Entry<String, List<Object>> e : problem.getHeaders().entrySet()) {
      if (!e.getKey().equalsIgnoreCase("Content-Type")) {
        response.getHeaders().put(e.getKey(), e.getValue());
      }
    }
    response.setEntity(problem.getEntity(), new Annotation[0], problem.getMediaType());
  }

  /** Whether the request's {@code Accept} is malformed, by the grammar or by the runtime's own parse. */
  static boolean refused(ContainerRequestContext request) {
    String accept = request.getHeaderString("Accept");
    if (accept == null) {
      return false;
    }
    if (AcceptSyntax.malformed(accept)) {
      return true;
    }
    try {
      request.getAcceptableMediaTypes();
      return false;
    } catch (RuntimeException malformed) {
      return true;
    }
  }
}
