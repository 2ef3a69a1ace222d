package dev.statuskit.jaxrs;

import jakarta.json.bind.JsonbException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * JSON-B failures that reach the mappers unwrapped: 400 with a safe detail when they happened while reading the request, otherwise the safe 500. Loaded only when JSON-B is present.
 */
@Priority(StatusKitFeature.PRIORITY)
final class JsonbExceptionMapper extends ProblemMapperBase implements ExceptionMapper<JsonbException> {

  private final boolean validation;

  JsonbExceptionMapper(ProblemResponder responder, boolean validation) {
    super(responder);
    this.validation = validation;
  }

  @Override
  public Response toResponse(JsonbException exception) {
    RequestView request = request();
    return responder.respond(Classifier.classify(exception, request, responder, validation), request);
  }
}
