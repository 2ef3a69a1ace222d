package dev.statuskit.jaxrs.it;

import dev.statuskit.MethodNotAllowedException;
import dev.statuskit.SeeOtherException;
import dev.statuskit.ServiceUnavailableException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.UnavailableForLegalReasonsException;
import dev.statuskit.header.Challenge;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The hostile application's resource: injection attempts, hostile text, leaks, aborted streams. */
@Path("h")
public class HostileResource {

  /** In every exception message here; never in a body. */
  public static final String LEAK = "password " + ScenarioResource.SECRET + " rejected by SELECT pw FROM users"
      + " reading /home/app/conf/db.properties";

  /** Quotes, backslashes, control characters, lone surrogates, closing script and CDATA markup, XML-illegal characters. */
  public static final String HOSTILE = "q\"uote \\back\\slash \u0000\u0001\u0008\u000b\u000c\u001b\u001f\u007f"
      + " lone \ud800 and \udc00 pair \ud83d\ude00 </script><script>alert(1)</script> ]]> <![CDATA[x]]>"
      + " &amp; <!-- --> \ufffe\uffff end";

  /** Counted down when a streaming response ends, normally or not. */
  public static final AtomicReference<CountDownLatch> STREAM_DONE = new AtomicReference<>(new CountDownLatch(1));

  /** An entity only {@link HostileHooks.FragileWriter} writes, and fails to. */
  public record Fragile(String name) {}

  static Object nested(int depth) {
    Object v = "bottom";
    for (int i = 0; i < depth; i++) {
      v = List.of(v);
    }
    return v;
  }

  @GET
  @Path("{what}")
  public Object run(@PathParam("what") String what, @QueryParam("m") String marker) throws IOException {
    switch (what) {
      case "inject-header" -> throw new TooManyRequestsException("x").header("X-Note", "ok\r\nInjected: yes");
      case "inject-header-lf" -> throw new TooManyRequestsException("x").header("X-Note", "ok\nInjected: yes");
      case "inject-header-nul" -> throw new TooManyRequestsException("x").header("X-Note", "ok\u0000Injected: yes");
      case "inject-header-ctl" -> throw new TooManyRequestsException("x").header("X-Note", "ok\u001bInjected");
      case "inject-header-nonascii" -> throw new TooManyRequestsException("x").header("X-Note", "caf\u00e9");
      case "inject-header-name" -> throw new TooManyRequestsException("x").header("X-A\r\nInjected", "yes");
      case "inject-allow" -> throw new MethodNotAllowedException("GET\r\nInjected: yes");
      case "inject-challenge" -> throw new UnauthorizedException(Challenge.bearer("api\"\r\nInjected: yes"));
      case "inject-link" -> throw new UnavailableForLegalReasonsException().header("Link",
          "<https://authority.example/>; rel=\"blocked-by\"; title=\"a\r\nInjected: yes\"");
      case "inject-retry-after" -> throw new TooManyRequestsException("x").header("Retry-After", "1\r\nInjected: yes");
      case "inject-wae" -> throw new WebApplicationException(Response.status(503)
          .header("X-Note", "ok\r\nInjected: yes").build());
      case "inject-wae-nul" -> throw new WebApplicationException(Response.status(429)
          .header("X-Note", "ok\u0000Injected: yes").build());
      case "inject-wae-nonascii" -> throw new WebApplicationException(Response.status(401)
          .header("WWW-Authenticate", "Basic realm=\"caf\u00e9\"").build());
      case "inject-location" -> throw new SeeOtherException(URI.create("/caf\u00e9?q=\u00fc"));
      case "body-hostile" -> throw new TooManyRequestsException(HOSTILE).extension("note", HOSTILE)
          .extension("list", List.of(HOSTILE, 1, true)).extension("map", Map.of("k", HOSTILE));
      case "body-huge" -> throw new TooManyRequestsException("x".repeat(1 << 20));
      case "body-deep" -> throw new TooManyRequestsException("deep").extension("deep", nested(40))
          .extension("fine", "yes");
      case "body-cyclic" -> {
        List<Object> self = new ArrayList<>();
        self.add(self);
        throw new TooManyRequestsException("cyclic").extension("cycle", self).extension("fine", "yes");
      }
      case "leak" -> throw new IllegalStateException(LEAK, new IOException(LEAK));
      case "leak-checked" -> throw new IOException(LEAK, new UncheckedIOException(new IOException(LEAK)));
      case "writer-leak" -> {
        return new Fragile("f");
      }
      case "customizer-leak", "listener-throws", "filter-leak" -> throw new IllegalStateException(LEAK);
      case "value-writer-leak" -> throw new ServiceUnavailableException("Down.")
          .extension("boom", new HostileHooks.Exploding("b")).extension("fine", "yes");
      case "customizer-throws", "bad-extension", "cyclic-extension" -> throw new TooManyRequestsException("Slow down.");
      case "value-writer-throws" -> throw new TooManyRequestsException("Slow down.")
          .extension("boom", new HostileHooks.Exploding("b"));
      case "cause-cycle" -> {
        IllegalStateException a = new IllegalStateException(LEAK);
        IllegalStateException b = new IllegalStateException(LEAK, a);
        a.initCause(b);
        throw a;
      }
      case "deep-chain" -> {
        RuntimeException e = new TooManyRequestsException("deep");
        for (int i = 0; i < 10_000; i++) {
          e = new RuntimeException(LEAK, e);
        }
        throw e;
      }
      case "typed-in-chain" -> {
        RuntimeException e = new TooManyRequestsException("Slow down.");
        for (int i = 0; i < 20; i++) {
          e = new RuntimeException(LEAK, e);
        }
        throw e;
      }
      case "suppressed" -> {
        IllegalStateException e = new IllegalStateException(LEAK);
        IllegalStateException other = new IllegalStateException(LEAK);
        for (int i = 0; i < 1000; i++) {
          e.addSuppressed(new RuntimeException(LEAK));
        }
        e.addSuppressed(other);
        other.addSuppressed(e);
        throw e;
      }
      case "stream-fail" -> {
        StreamingOutput body = out -> {
          try {
            out.write("first-half ".repeat(2000).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            throw new IllegalStateException(LEAK);
          } finally {
            STREAM_DONE.get().countDown();
          }
        };
        return Response.ok(body, "text/plain").build();
      }
      case "slow" -> {
        StreamingOutput body = out -> {
          try {
            byte[] chunk = "slow-chunk ".repeat(800).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20_000; i++) {
              out.write(chunk);
              out.flush();
            }
          } finally {
            STREAM_DONE.get().countDown();
          }
        };
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
