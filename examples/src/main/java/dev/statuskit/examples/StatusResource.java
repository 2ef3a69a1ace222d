package dev.statuskit.examples;

import dev.statuskit.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;

/**
 * The status gallery: {@code GET} (and {@code HEAD}) {@code /status/{code}} answers with that
 * status by throwing StatusKit's typed exception for it; a code without one answers 404.
 */
@Path("status")
@ApplicationScoped
public class StatusResource {

  private static final Pattern CODE = Pattern.compile("[1-5][0-9][0-9]");

  /** The resource. */
  public StatusResource() {}

  /**
   * The codes of the gallery.
   *
   * @return one code per line
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String index() {
    StringBuilder out = new StringBuilder();
    StatusGallery.codes().forEach(c -> out.append(c).append('\n'));
    return out.toString();
  }

  /**
   * Throws the typed exception for a status.
   *
   * @param code the status code
   * @return never returns normally
   */
  @GET
  @Path("{code}")
  public String status(@PathParam("code") String code) {
    if (!CODE.matcher(code).matches()) {
      throw new NotFoundException("The status gallery has codes from 300 to 511.");
    }
    throw StatusGallery.exception(Integer.parseInt(code))
        .orElseThrow(() -> new NotFoundException("StatusKit has no typed exception for status " + code + "."));
  }
}
