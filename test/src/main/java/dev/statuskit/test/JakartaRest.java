package dev.statuskit.test;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads Jakarta REST responses into captured ones; loaded only where the Jakarta REST API is. */
final class JakartaRest {

  private JakartaRest() {}

  static CapturedResponse capture(@Nullable String method, Response response) {
    Objects.requireNonNull(response, "response");
    byte[] body = null;
    if (!response.hasEntity()) {
      body = new byte[0];
    } else {
      try {
        response.bufferEntity();
        body = response.readEntity(byte[].class);
      } catch (IllegalStateException notInbound) {
        // A response a resource built: its entity is the object itself.
        Object e = response.getEntity();
        body = e instanceof byte[] b ? b : e instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
      }
    }
    return CapturedResponse.of(method, null, response.getStatus(), response.getStringHeaders(), body);
  }

  static CapturedResponse capture(ClientRequestContext request, ClientResponseContext response) {
    byte[] body = new byte[0];
    if (response.hasEntity()) {
      try (InputStream in = response.getEntityStream()) {
        body = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      response.setEntityStream(new ByteArrayInputStream(body));
    }
    return CapturedResponse.of(request.getMethod(), request.getUri().toString(), response.getStatus(),
        response.getHeaders(), body);
  }
}
