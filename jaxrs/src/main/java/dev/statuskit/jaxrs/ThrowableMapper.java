package dev.statuskit.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Everything else: {@link MapException} rules, JSON read failures, and the safe 500 with an
 * occurrence id (replacing the runtime's default mapper, which would log a second time or leak the
 * message).
 */
@Priority(StatusKitFeature.PRIORITY)
final class ThrowableMapper extends ProblemMapperBase implements ExceptionMapper<Throwable> {

  private final boolean validation;

  ThrowableMapper(ProblemResponder responder, boolean validation) {
    super(responder);
    this.validation = validation;
  }

  @Override
  public Response toResponse(Throwable exception) {
    RequestView request = request();
    if (exception instanceof WebApplicationException wae) {
      return WebApplicationExceptionMapper.respond(wae, responder, request);
    }
    return responder.respond(Classifier.classify(exception, request, responder, validation), request);
  }
}
