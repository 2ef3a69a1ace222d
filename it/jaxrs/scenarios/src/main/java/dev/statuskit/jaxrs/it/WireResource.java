package dev.statuskit.jaxrs.it;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.jaxrs.DefaultChallenge;
import dev.statuskit.jaxrs.DefaultRetryAfter;
import dev.statuskit.jaxrs.MapException;
import dev.statuskit.jaxrs.ProblemTypeBase;
import dev.statuskit.testsupport.RecordingListener;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * The problems whose wire response is compared with what {@link RecordingListener} was told. Every
 * path ends with a token of the test's own, so that a test finds its request's event and no other.
 */
@Path("w")
@MapException(exception = StaleException.class, status = 422, type = "stale")
@ProblemTypeBase("https://api.example.test/problems/")
public class WireResource {

  @GET
  @Path("wae-429/{token}")
  public String waeWithAllowAndCaching(@PathParam("token") String token) {
    throw new WebApplicationException(Response.status(429).header("Allow", "GET, HEAD")
        .header("Cache-Control", "max-age=5").build());
  }

  @GET
  @Path("too-many/{token}")
  public String tooManyRequests(@PathParam("token") String token) {
    throw new TooManyRequestsException("Slow down.").retryAfter(Duration.ofSeconds(9));
  }

  @GET
  @Path("challenge/{token}")
  @DefaultChallenge(scheme = "Bearer", realm = "wire")
  public String bareNotAuthorized(@PathParam("token") String token) {
    throw new NotAuthorizedException(Response.status(401).build());
  }

  @GET
  @Path("retry/{token}")
  @DefaultRetryAfter(seconds = 45)
  public String bareServiceUnavailable(@PathParam("token") String token) {
    throw new ServiceUnavailableException();
  }

  @GET
  @Path("mapped/{token}")
  public String mappedByTheClass(@PathParam("token") String token) {
    throw new StaleException("version 3 is not 4");
  }

  @GET
  @Path("boom/{token}")
  public String unexpected(@PathParam("token") String token) {
    throw new IllegalStateException("connection failed: " + ScenarioResource.SECRET);
  }

  @GET
  @Path("only-get/{token}")
  @Produces(MediaType.TEXT_PLAIN)
  public String onlyGet(@PathParam("token") String token) {
    return "ok";
  }
}
