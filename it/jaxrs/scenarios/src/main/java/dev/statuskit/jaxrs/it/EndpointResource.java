package dev.statuskit.jaxrs.it;

import dev.statuskit.ConflictException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.jaxrs.DefaultChallenge;
import dev.statuskit.jaxrs.DefaultRetryAfter;
import dev.statuskit.jaxrs.MapException;
import dev.statuskit.jaxrs.ProblemTypeBase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.CompletionException;

/** The resource-method annotations: class-level rules and defaults, overridden per method. */
@Path("e")
@MapException(exception = StaleException.class, status = 422, type = "stale-class")
@DefaultRetryAfter(seconds = 60)
@ProblemTypeBase("https://api.example.test/problems/")
public class EndpointResource {

  @GET
  @Path("method")
  @MapException(exception = StaleException.class, status = 409, type = "stale", title = "Stale update")
  @MapException(exception = IllegalArgumentException.class, status = 400)
  public String method() {
    throw new StaleException("version 3 is not 4: " + ScenarioResource.SECRET);
  }

  @GET
  @Path("class")
  public String classLevel() {
    throw new StaleException("version 3 is not 4");
  }

  @GET
  @Path("wrapped")
  @MapException(exception = StaleException.class, status = 409, type = "stale", title = "Stale update")
  public String wrapped() {
    throw new CompletionException(new StaleException("wrapped"));
  }

  @GET
  @Path("typed-wins")
  @MapException(exception = RuntimeException.class, status = 400)
  public String typedWins() {
    throw new ConflictException();
  }

  @GET
  @Path("retry-class")
  public String retryClass() {
    throw new TooManyRequestsException();
  }

  @GET
  @Path("retry-method")
  @DefaultRetryAfter(seconds = 30)
  public String retryMethod() {
    throw new ServiceUnavailableException();
  }

  @GET
  @Path("retry-kept")
  public String retryKept() {
    throw new ServiceUnavailableException(5L);
  }

  @GET
  @Path("challenge")
  @DefaultChallenge(scheme = "Bearer", realm = "api")
  public String challenge() {
    throw new NotAuthorizedException(Response.status(401).build());
  }

  @GET
  @Path("relative-type")
  public String relativeType() {
    throw new ConflictException().type(URI.create("out-of-stock"));
  }
}
