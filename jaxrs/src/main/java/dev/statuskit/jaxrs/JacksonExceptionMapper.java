package dev.statuskit.jaxrs;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jackson failures that reach the mappers unwrapped: 400 with a safe detail when they happened while reading the request, otherwise the safe 500. Loaded only when Jackson is present.
 */
@Priority(StatusKitFeature.PRIORITY)
final class JacksonExceptionMapper extends ProblemMapperBase implements ExceptionMapper<JsonProcessingException> {

  JacksonExceptionMapper(ProblemResponder responder) {
    super(responder);
  }

  @Override
  public Response toResponse(JsonProcessingException exception) {
    return responder.respond(exception, request());
  }
}
