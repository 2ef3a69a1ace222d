package dev.statuskit.jaxrs;

import dev.statuskit.NotFoundException;
import dev.statuskit.representation.ProblemDocs;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Answers {@code GET} and {@code HEAD} on the application's problem type URIs with their
 * documentation ({@link ProblemDocs}), before resource matching; registered only when
 * {@code statuskit.problem-docs} names a base. A path under the base that names no type gets the
 * engine's 404 problem. Any other request passes untouched.
 */
@PreMatching
@Priority(StatusKitFeature.PRIORITY)
final class ProblemDocsFilter implements ContainerRequestFilter {

  private final ProblemDocs docs;
  private final ProblemResponder responder;

  ProblemDocsFilter(ProblemDocs docs, ProblemResponder responder) {
    this.docs = docs;
    this.responder = responder;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<ProblemDocs.Page> answer = docs.answer(request.getMethod(),
        request.getUriInfo().getRequestUri().getRawPath(), request.getHeaderString("Accept"),
        request.getHeaderString("If-None-Match"));
    if (answer.isEmpty()) {
      return;
    }
    ProblemDocs.Page page = answer.get();
    if (page.isNotFound()) {
      request.abortWith(responder.respond(new NotFoundException("No problem type is documented at this address."),
          request));
      return;
    }
    Response.ResponseBuilder r = Response.status(page.status());
    page.headers().forEach((name, value) -> {
      if (!name.equalsIgnoreCase("Content-Type")) {
        r.header(name, value);
      }
    });
    page.headers().first("Content-Type").ifPresent(type -> r.entity(page.body()).type(type));
    request.abortWith(r.build());
  }
}
