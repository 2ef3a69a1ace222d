package dev.statuskit.examples;

import dev.statuskit.openapi.ProblemOpenApi;
import dev.statuskit.representation.ProblemCatalog;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code GET /openapi}: the book store's OpenAPI 3.1 document, {@code application/yaml} by default
 * and {@code application/json} for {@code Accept: application/json} (as MicroProfile OpenAPI
 * serves it). Built once, from the application's resource classes by swagger-jaxrs2, with the
 * problem responses of every operation added by {@code statuskit-openapi}: the statuses its
 * {@code throws} clauses and {@code @MapException} rules name, the ones the runtime answers with,
 * and the header fields each carries ({@code Retry-After} on the search's 429). Embedded server
 * only: the WAR has no swagger-core.
 */
@Path("openapi")
public class OpenApiResource {

  /** The YAML media type (RFC 9512). */
  static final String YAML = "application/yaml";

  /** Created by Jersey. */
  public OpenApiResource() {}

  /**
   * The document in YAML.
   *
   * @return the YAML text
   */
  @GET
  @Produces(YAML)
  public String yaml() {
    return Document.YAML_TEXT;
  }

  /**
   * The document in JSON, for a client that prefers it (less preferred by the server: YAML is the
   * answer to {@code Accept: *}{@code /*}).
   *
   * @return the JSON text
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON + ";qs=0.5")
  public String json() {
    return Document.JSON_TEXT;
  }

  /**
   * The document as swagger-jaxrs2 reads the application's resource classes, with the problem
   * responses from the problem catalog (the processor's one, else reflection on these classes).
   *
   * @return a new document
   */
  static OpenAPI document() {
    Set<Class<?>> resources = new LinkedHashSet<>();
    for (Class<?> c : new BookStoreApplication().getClasses()) {
      if (c.isAnnotationPresent(Path.class)) {
        resources.add(c);
      }
    }
    OpenAPI api = new Reader(new SwaggerConfiguration().openAPI31(true)
        .openAPI(new OpenAPI().openapi("3.1.0").info(new Info().title("StatusKit book store").version("1"))))
        .read(resources);
    ProblemCatalog catalog = ProblemCatalog.loadOrReflect(OpenApiResource.class.getClassLoader(), resources);
    return ProblemOpenApi.of(catalog).addTo(api);
  }

  /** The two texts, written on first use. */
  private static final class Document {
    private static final OpenAPI API = document();
    static final String YAML_TEXT = Yaml31.pretty(API);
    static final String JSON_TEXT = Json31.pretty(API);

    private Document() {}
  }
}
