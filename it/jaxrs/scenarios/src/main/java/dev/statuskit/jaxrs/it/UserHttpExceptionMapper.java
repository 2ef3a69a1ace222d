package dev.statuskit.jaxrs.it;

import dev.statuskit.HttpException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An application's own mapper for the type StatusKit maps too: it must win (default priority USER). */
@Provider
public class UserHttpExceptionMapper implements ExceptionMapper<HttpException> {
  @Override
  public Response toResponse(HttpException exception) {
    return Response.status(409).entity("mapped by the application").type(MediaType.TEXT_PLAIN).build();
  }
}
