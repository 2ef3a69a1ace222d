package dev.statuskit.jaxrs.it;

import dev.statuskit.TooManyRequestsException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Failures that arrive asynchronously. */
@Path("a")
public class AsyncResource {

  @GET
  @Path("resume")
  public void resume(@Suspended AsyncResponse response) {
    CompletableFuture.runAsync(() -> response.resume(new TooManyRequestsException().retryAfter(Duration.ofSeconds(3))));
  }

  @GET
  @Path("stage")
  public CompletionStage<String> stage() {
    return CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException("async failure: " + ScenarioResource.SECRET);
    });
  }
}
