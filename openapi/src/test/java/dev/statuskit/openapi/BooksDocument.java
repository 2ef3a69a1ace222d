package dev.statuskit.openapi;

import dev.statuskit.representation.ProblemCatalog;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The bookstore's document as swagger-jaxrs2 reads it, with the problem responses, written and parsed back. */
final class BooksDocument {

  private BooksDocument() {}

  /** The document's JSON text, OpenAPI 3.0. */
  static String json() {
    OpenAPI api = new Reader(new SwaggerConfiguration()
        .openAPI(new OpenAPI().info(new Info().title("Books").version("1"))))
        .read(Set.of(Books.class));
    ProblemCatalog catalog = ProblemCatalog.load(BooksDocument.class.getClassLoader());
    ProblemOpenApi.of(catalog).addTo(api);
    return Json.pretty(api);
  }

  /** The document's JSON text, OpenAPI 3.1. */
  static String json31() {
    OpenAPI api = new Reader(new SwaggerConfiguration().openAPI31(true)
        .openAPI(new OpenAPI().openapi("3.1.0").info(new Info().title("Books").version("1"))))
        .read(Set.of(Books.class));
    ProblemCatalog catalog = ProblemCatalog.load(BooksDocument.class.getClassLoader());
    ProblemOpenApi.of(catalog).addTo(api);
    return Json31.pretty(api);
  }

  /** The header fields a response describes, by name, each with whether it is required. */
  static Map<String, Boolean> headers(ApiResponse r) {
    Map<String, Boolean> out = new TreeMap<>();
    if (r.getHeaders() != null) {
      r.getHeaders().forEach((name, h) -> out.put(name, h.getRequired()));
    }
    return out;
  }

  /** The text parsed and validated by swagger-parser. */
  static SwaggerParseResult parse(String json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(json, null, options);
  }
}
