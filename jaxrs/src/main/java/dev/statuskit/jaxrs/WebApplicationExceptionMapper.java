package dev.statuskit.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A {@code WebApplicationException} without an entity (the runtime's 404, 405, 406, 415, and
 * {@code NotAuthorizedException}, {@code ServiceUnavailableException}, {@code RedirectionException}
 * thrown by the application): its status and every header field of its response are kept, a
 * problem body is added. One with an entity passes through untouched (some runtimes call mappers
 * for those too).
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
    return responder.respond(exception, request());
  }
}
