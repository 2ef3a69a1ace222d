package dev.statuskit.jaxrs;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.representation.ProblemWriter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Problem} in the representation its {@code Content-Type} names (JSON, XML, HTML
 * or text) with core's {@link ProblemWriter} and the registration's settings, so no JSON provider is
 * needed; a member that cannot be written is left out ({@link ProblemWriter#toBytesLeavingOutUnwritable}). Resources may return
 * {@code Problem} entities too.
 */
@Produces({"application/problem+json", "application/problem+xml", "application/json", "application/xml",
    "text/html", "text/plain", "*/*"})
@Priority(StatusKitFeature.PRIORITY)
final class ProblemBodyWriter implements MessageBodyWriter<Problem> {

  private final ProblemResponder responder;

  ProblemBodyWriter(ProblemResponder responder) {
    this.responder = responder;
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Problem.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(Problem problem, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
    // Rendered in full before the first byte goes out, with the registration's settings
    // (statuskit.max-detail-length): a failure cannot leave half a document.
    entityStream.write(responder.engine().writer().toBytesLeavingOutUnwritable(problem, representation(mediaType)));
  }

  /**
   * The representation of a media type: core's table ({@link ProblemMediaType#fromContentType}),
   * then any other {@code +xml} type as XML and anything else as JSON.
   */
  static ProblemMediaType representation(@Nullable MediaType mediaType) {
    if (mediaType == null) {
      return ProblemMediaType.JSON;
    }
    return ProblemMediaType.fromContentType(mediaType.getType() + "/" + mediaType.getSubtype())
        .orElse(mediaType.getSubtype().toLowerCase(Locale.ROOT).endsWith("+xml") ? ProblemMediaType.XML
            : ProblemMediaType.JSON);
  }

}
