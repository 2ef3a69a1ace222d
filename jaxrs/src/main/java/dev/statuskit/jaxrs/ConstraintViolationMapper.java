package dev.statuskit.jaxrs;

import jakarta.validation.ConstraintViolationException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Bean Validation failures (400, or 422 by {@code statuskit.validation-status}) with a {@code violations} member. A nearer mapper than the runtimes' own {@code ExceptionMapper<ValidationException>}, which answer without problem details; loaded only when Bean Validation is present.
 */
@Priority(StatusKitFeature.PRIORITY)
final class ConstraintViolationMapper extends ProblemMapperBase implements ExceptionMapper<ConstraintViolationException> {

  private final boolean validation;

  ConstraintViolationMapper(ProblemResponder responder, boolean validation) {
    super(responder);
    this.validation = validation;
  }

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    RequestView request = request();
    return responder.respond(Classifier.classify(exception, request, responder, validation), request);
  }
}
