package dev.statuskit.jaxrs.it;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.testsupport.Hostile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The hostile application's resource: injection attempts, hostile text, leaks, aborted streams. */
@Path("h")
public class HostileResource {

  /** In every exception message here; never in a body. */
  public static final String LEAK = Hostile.LEAK;

  /** Text that breaks naive writers. */
  public static final String HOSTILE = Hostile.HOSTILE;


  /** An entity only {@link HostileHooks.FragileWriter} writes, and fails to. */
  public record Fragile(String name) {}

  @GET
  @Path("{what}")
  public Object run(@PathParam("what") String what, @QueryParam("m") String marker) throws IOException {
    // Header injection, hostile bodies, failing hooks, cause chains: the cases every runtime shares.
    RuntimeException shared = Hostile.thrown(what);
    if (shared != null) {
      throw shared;
    }
    switch (what) {
      case "inject-wae" -> throw new WebApplicationException(Response.status(503)
          .header("X-Note", "ok\r\nInjected: yes").build());
      case "inject-wae-nul" -> throw new WebApplicationException(Response.status(429)
          .header("X-Note", "ok\u0000Injected: yes").build());
      case "inject-wae-nonascii" -> throw new WebApplicationException(Response.status(401)
          .header("WWW-Authenticate", "Basic realm=\"caf\u00e9\"").build());
      case "leak" -> throw new IllegalStateException(LEAK, new IOException(LEAK));
      case "leak-checked" -> throw new IOException(LEAK, new UncheckedIOException(new IOException(LEAK)));
      case "writer-leak" -> {
        return new Fragile("f");
      }
      case "stream-fail", "slow" -> {
        StreamingOutput body = out -> Hostile.stream(what, out);
        return Response.ok(body, "text/plain").build();
      }
      case "load-429" -> throw new TooManyRequestsException(marker).header("X-Marker", marker);
      case "load-404" -> throw new WebApplicationException(Response.status(404).header("X-Marker", marker).build());
      case "load-500" -> throw new IllegalStateException(marker + " " + LEAK);
      default -> throw new jakarta.ws.rs.NotFoundException();
    }
  }

  @GET
  @Path("async/{what}")
  public void async(@PathParam("what") String what, @QueryParam("m") String marker,
      @Suspended AsyncResponse response) {
    switch (what) {
      case "leak" -> CompletableFuture.runAsync(() -> response.resume(new IllegalStateException(LEAK)));
      case "load" -> CompletableFuture.runAsync(() -> response.resume(
          new TooManyRequestsException(marker).header("X-Marker", marker)));
      case "race" -> {
        response.setTimeout(20, TimeUnit.MILLISECONDS);
        CompletableFuture.runAsync(() -> response.resume(Response.ok("done", "text/plain").build()),
            CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));
      }
      default -> response.resume(new jakarta.ws.rs.NotFoundException());
    }
  }
}
