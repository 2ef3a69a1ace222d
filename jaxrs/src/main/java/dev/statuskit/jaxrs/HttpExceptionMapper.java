package dev.statuskit.jaxrs;

import dev.statuskit.HttpException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * StatusKit's typed exceptions: their status, header fields and problem. A mapper of its own, so
 * that an application's {@code ExceptionMapper<RuntimeException>} does not swallow them (nearest
 * superclass wins); an application mapper for {@code HttpException} itself wins by priority.
 */
@Priority(StatusKitFeature.PRIORITY)
final class HttpExceptionMapper extends ProblemMapperBase implements ExceptionMapper<HttpException> {

  HttpExceptionMapper(ProblemResponder responder) {
    super(responder);
  }

  @Override
  public Response toResponse(HttpException exception) {
    return responder.respond(exception, request());
  }
}
