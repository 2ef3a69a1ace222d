package dev.statuskit.jaxrs.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** An application that breaks the rules itself, for the conformance guard. */
@Path("guard")
public class GuardResource {

  @GET
  @Path("orders")
  @Produces("text/plain")
  public String orders() {
    return "orders";
  }

  /** A bare 405: no Allow. */
  @DELETE
  @Path("orders")
  public Response refuseDelete() {
    return Response.status(405).type("text/plain").entity("no").build();
  }

  /** A 401 without a challenge, in the application's own problem body. */
  @GET
  @Path("admin/{section}")
  public Response admin(@PathParam("section") String section) {
    return Response.status(401).type("application/problem+json")
        .entity("{\"title\":\"Unauthorized\",\"status\":401}").build();
  }

  /** StatusKit's own 405, through a typed exception: conformant, untouched. */
  @GET
  @Path("typed")
  public String typed() {
    throw new dev.statuskit.MethodNotAllowedException("POST");
  }
}
