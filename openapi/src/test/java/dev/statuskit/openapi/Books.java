package dev.statuskit.openapi;

import dev.statuskit.NotFoundException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.header.Challenge;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;

/** A small bookstore, compiled with StatusKit's annotation processor: its catalog is in test-classes. */
@Path("/books")
@Produces(MediaType.TEXT_PLAIN)
public class Books {

  @GET
  @Path("/{id: [0-9]+}")
  @ApiResponse(responseCode = "200", description = "The book's title")
  public String get(@PathParam("id") String id) throws NotFoundException {
    if (!id.equals("1")) {
      throw new NotFoundException("There is no book " + id + ".");
    }
    return "Dune";
  }

  @GET
  @Path("/search")
  public String search(@QueryParam("q") String q) throws TooManyRequestsException {
    if ("burst".equals(q)) {
      throw new TooManyRequestsException().retryAfter(Duration.ofSeconds(12));
    }
    return "Dune";
  }

  @PUT
  @Path("/{id: [0-9]+}")
  @Consumes(MediaType.TEXT_PLAIN)
  @ApiResponse(responseCode = "200", description = "Renamed")
  @ApiResponse(responseCode = "404", description = "No such book, described by the application")
  public String rename(@PathParam("id") String id, @NotBlank String title) throws EditConflict {
    if (title.equals("stale")) {
      throw new EditConflict(7);
    }
    return title;
  }

  @DELETE
  @Path("/{id: [0-9]+}")
  public void delete(@PathParam("id") String id) throws UnauthorizedException {
    throw new UnauthorizedException(Challenge.bearer("books"));
  }

  @GET
  @Path("/fail")
  public String fail() {
    throw new IllegalStateException("internal secret");
  }
}
