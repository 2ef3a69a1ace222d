package dev.statuskit.jaxrs;

import dev.statuskit.ProblemMediaType;
import dev.statuskit.spi.ProblemEvent;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.glassfish.jersey.message.internal.OutboundJaxrsResponse;
import org.glassfish.jersey.message.internal.OutboundMessageContext;
import org.glassfish.jersey.message.internal.Statuses;

/**
 * Jersey only: StatusKit's answer as Jersey's own response, its message filled in directly. Jersey's
 * response builder keeps a message of its own and copies it, headers and all, into the response it
 * builds; Jersey then uses that response as it is. Building it directly skips the builder's message
 * and the copy, about a fifth of StatusKit's cost per error response on Jersey. Loaded only when
 * the runtime is Jersey.
 */
final class JerseyResponses {

  private JerseyResponses() {}

  /**
   * The parts {@link ProblemResponder#toResponse} gives any runtime, in the same order, in a
   * Jersey response.
   */
  static Response of(ProblemEvent event) {
    OutboundMessageContext message = new OutboundMessageContext((Configuration) null);
    MultivaluedMap<String, Object> headers = message.getHeaders();
    ProblemResponder.headers(event, headers::add);
    Optional<ProblemMediaType> type = event.mediaType();
    if (type.isPresent()) {
      message.setEntity(event.body());
      message.setMediaType(ProblemResponder.contentType(event.headers(), type.get()));
      headers.add("Content-Length", Integer.toString(event.bodyLength()));
    }
    return new OutboundJaxrsResponse(Statuses.from(event.status().code()), message);
  }

  /** Links Jersey's message classes now, so that a Jersey without them is found at registration. */
  static void check() {
    new OutboundJaxrsResponse(Statuses.from(500), new OutboundMessageContext((Configuration) null)).getStatus();
  }
}
