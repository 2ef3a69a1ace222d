package dev.statuskit.jaxrs;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Bean Validation failures (400, or 422 by {@code statuskit.validation-status}) with a {@code violations} member. A nearer mapper than the runtimes' own {@code ExceptionMapper<ValidationException>}, which answer without problem details; loaded only when Bean Validation is present.
 */
@Priority(StatusKitFeature.PRIORITY)
final class ConstraintViolationMapper extends ProblemMapperBase implements ExceptionMapper<ConstraintViolationException> {

  ConstraintViolationMapper(ProblemResponder responder) {
    super(responder);
  }

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return responder.respond(exception, request());
  }
}
