package dev.statuskit.jaxrs;

import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * JSON-B failures that reach the mappers unwrapped: 400 with a safe detail when they happened while reading the request, otherwise the safe 500. Loaded only when JSON-B is present.
 */
@Priority(StatusKitFeature.PRIORITY)
final class JsonbExceptionMapper extends ProblemMapperBase implements ExceptionMapper<JsonbException> {

  JsonbExceptionMapper(ProblemResponder responder) {
    super(responder);
  }

  @Override
  public Response toResponse(JsonbException exception) {
    return responder.respond(exception, request());
  }
}
