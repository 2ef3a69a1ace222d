package dev.statuskit.jaxrs;

import dev.statuskit.BadRequestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Everything else: {@link MapException} rules, JSON read failures, and the safe 500 with an
 * occurrence id (replacing the runtime's default mapper, which would log a second time or leak the
 * message).
 */
@Priority(StatusKitFeature.PRIORITY)
final class ThrowableMapper extends ProblemMapperBase implements ExceptionMapper<Throwable> {

  ThrowableMapper(ProblemResponder responder) {
    super(responder);
  }

  /**
   * A failure before any resource method matched, while {@code Accept} is malformed, is the
   * runtime's refusal of that field (RESTEasy fails its matching on a bad weight): a 400, not a 500.
   */
  @Override
  public Response toResponse(Throwable exception) {
    RequestView view = request();
    if (view.endpointMethod() == null && AcceptSyntax.malformed(view.header("Accept"))) {
      return responder.respond(new BadRequestException(MalformedAcceptFilter.DETAIL).cause(exception), view);
    }
    return responder.respond(exception, view);
  }
}
