package dev.statuskit.jaxrs;

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

  @Override
  public Response toResponse(Throwable exception) {
    return responder.respond(exception, request());
  }
}
