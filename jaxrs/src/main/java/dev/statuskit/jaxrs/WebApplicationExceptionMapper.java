package dev.statuskit.jaxrs;

import dev.statuskit.Problem;
import dev.statuskit.Resolution;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A {@code WebApplicationException} without an entity (the runtime's 404, 405, 406, 415, and
 * {@code NotAuthorizedException}, {@code ServiceUnavailableException}, {@code RedirectionException}
 * thrown by the application): its status and every header field of its response are kept, a
 * problem body is added. One with an entity passes through untouched (some runtimes call mappers
 * for those too, see RUNTIMES.md §2.4).
 *
 * <p>A header field whose name is not a token, or whose value holds a control character (CR, LF,
 * NUL, ...) or a non-ASCII character, is never copied: the answer is then a safe 500.
 *
 * <p>The exception message is not copied into {@code detail}: runtimes put internals there (full
 * URLs, class names); StatusKit's own exceptions are the way to send a detail.
 */
@Priority(StatusKitFeature.PRIORITY)
final class WebApplicationExceptionMapper extends ProblemMapperBase implements ExceptionMapper<WebApplicationException> {

  WebApplicationExceptionMapper(ProblemResponder responder) {
    super(responder);
  }

  @Override
  public Response toResponse(WebApplicationException exception) {
    return respond(exception, responder, request());
  }

  /**
   * Also used by the Throwable mapper: with WAE mapping turned off that mapper is the nearest one
   * for a WAE, and must give back the WAE's own response as the runtime would.
   */
  static Response respond(WebApplicationException exception, ProblemResponder responder, RequestView request) {
    Response original = exception.getResponse();
    if (original == null) {
      original = Response.serverError().build();
    }
    if (original.hasEntity() || !responder.resolver().settings().mapWebApplicationExceptions()) {
      return original;
    }
    String unsafe = ProblemResponder.unsafeHeader(original);
    if (unsafe != null) {
      // Never emitted raw: a CR or LF would split the response. The application built a response
      // it cannot send, a server error like any other exception.
      IllegalArgumentException refused = new IllegalArgumentException("StatusKit refused the response of a "
          + original.getStatus() + " WebApplicationException: its header field " + unsafe
          + " holds a control or non-ASCII character (RFC 9110 §5.5)", exception);
      return responder.respond(responder.outcome(500, Problem.builder(), refused, Resolution.Kind.UNHANDLED), request);
    }
    Problem.Builder p = Problem.builder();
    if (original.getStatus() == 400 && JsonFailures.isRequestContentFailure(exception)) {
      p.detail(JsonFailures.DETAIL);
    }
    ProblemResponder.Outcome o = responder.outcome(original.getStatus(), p, exception, Resolution.Kind.MAPPED);
    ProblemResponder.copyHeaders(original, o);
    return responder.respond(o, request);
  }
}
