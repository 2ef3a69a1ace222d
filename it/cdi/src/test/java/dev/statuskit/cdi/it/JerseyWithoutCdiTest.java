package dev.statuskit.cdi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.spi.ProblemCustomizer;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, "without CDI the same SPI works through ServiceLoader": Jersey 4 on Grizzly with no CDI
 * container running (the CDI API, Weld and jersey-cdi1x are on the class path, as in many
 * applications, but nothing boots them). The application's class loader lists a customizer in
 * {@code META-INF/services/dev.statuskit.spi.ProblemCustomizer}; its member reaches the wire.
 */
class JerseyWithoutCdiTest {

  @Path("limited")
  public static class LimitedResource {
    @GET
    public String get() {
      throw new TooManyRequestsException().retryAfter(Duration.ofSeconds(30));
    }
  }

  @TempDir
  java.nio.file.Path dir;

  @Test
  void aServiceLoaderCustomizerAppliesWithoutAnyCdiContainer() throws Exception {
    assertThatThrownBy(CDI::current).as("no CDI container may be running").isInstanceOf(IllegalStateException.class);
    // The application's own class loader, holding only its service file (so no other test sees it).
    java.nio.file.Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(ProblemCustomizer.class.getName()),
        ServiceLoaderTraceIdCustomizer.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    HttpServer server;
    try (URLClassLoader app = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(app);
      try {
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
            new ResourceConfig(LimitedResource.class));
      } finally {
        thread.setContextClassLoader(previous);
      }
      try {
        URI base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");

        HttpResponse<String> r = Http.get(base.resolve("limited"));

        JsonNode body = Http.problem(r, 429);
        assertThat(Http.members(body)).containsExactlyInAnyOrder("type", "title", "status", "traceId");
        assertThat(body.get("traceId").asText()).isEqualTo("from-service-loader");
        assertThat(r.headers().allValues("Retry-After")).containsExactly("30");
        assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
      } finally {
        server.shutdownNow();
      }
    }
  }
}
