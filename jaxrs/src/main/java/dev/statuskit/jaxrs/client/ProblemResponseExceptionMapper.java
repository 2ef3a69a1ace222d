package dev.statuskit.jaxrs.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.jspecify.annotations.Nullable;

/**
 * The MicroProfile Rest Client side of {@link ProblemClientFilter}: a typed interface method throws
 * the typed StatusKit exception of an error response directly, with its problem and header fields
 * (no wrapping, so no {@link ProblemClient#call} is needed).
 *
 * <pre>{@code
 * @RegisterRestClient
 * @RegisterProvider(ProblemResponseExceptionMapper.class)
 * public interface Orders {
 *   @GET @Path("/orders/{id}") Order get(@PathParam("id") long id);  // throws NotFoundException, ...
 * }
 * }</pre>
 *
 * <p>Handles 4xx and 5xx responses; MicroProfile's own default mapper is then not needed.
 * Application problem types can be mapped by subclassing and passing a configured filter.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // the MicroProfile API is optional: only its users see this type
public class ProblemResponseExceptionMapper implements ResponseExceptionMapper<RuntimeException> {

  private final ProblemClientFilter filter;

  /** A mapper with the default {@link ProblemClientFilter}. */
  public ProblemResponseExceptionMapper() {
    this(new ProblemClientFilter());
  }

  /**
   * A mapper with a configured filter (for example with application problem types mapped).
   *
   * @param filter the filter whose mapping to apply
   */
  protected ProblemResponseExceptionMapper(ProblemClientFilter filter) {
    this.filter = filter;
  }

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400 && status <= 599;
  }

  @Override
  public @Nullable RuntimeException toThrowable(Response response) {
    try {
      byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : null;
      return filter.toException(response.getStatus(), response.getStringHeaders(),
          response.getMediaType() == null ? null : response.getMediaType().toString(),
          body == null ? null : new ByteArrayInputStream(body), in -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
