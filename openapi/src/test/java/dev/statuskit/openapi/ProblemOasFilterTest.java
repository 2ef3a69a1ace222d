package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.representation.ProblemCatalog;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bookstore scanned by SmallRye OpenAPI, the MicroProfile implementation, with the filter as mp.openapi.filter makes it. */
class ProblemOasFilterTest {

  private static OpenAPI doc;

  @BeforeAll
  static void scanFilterAndValidate() throws Exception {
    String json = scanWithFilter();
    SwaggerParseResult result = BooksDocument.parse(json);
    assertThat(result.getMessages()).isEmpty();
    doc = result.getOpenAPI();
  }

  /** The bookstore's document as SmallRye OpenAPI builds it with a filter made as mp.openapi.filter makes it. */
  private static String scanWithFilter() throws Exception {
    return SmallRyeOpenAPI.builder()
        .withConfig(ConfigProvider.getConfig())
        .withIndex(Index.of(Books.class, EditConflict.class))
        .enableModelReader(false)
        .enableStandardStaticFiles(false)
        .addFilter(new ProblemOasFilter())
        .build()
        .toJSON();
  }

  @Test
  void aContextLoaderWithoutTheCatalogFallsBackToTheFiltersOwnLoader() throws Exception {
    ClassLoader own = ProblemOasFilter.class.getClassLoader();
    try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
      assertThat(ProblemCatalog.load(blind).types()).isEmpty();
      assertThat(ProblemOasFilter.catalog(blind, own).types())
          .isNotEmpty()
          .isEqualTo(ProblemCatalog.load(own).types());
    }
    assertThat(ProblemOasFilter.catalog(own, own).types()).isEqualTo(ProblemCatalog.load(own).types());
  }

  @Test
  void theModelIsMicroProfileOpenApi4sWithListValuedTypes() {
    assertThat(ProblemOasFilter.LIST_TYPES).isTrue();
    assertThat(ProblemOasFilter.hasMethod(
        org.eclipse.microprofile.openapi.models.media.Schema.class, "type", java.util.List.class)).isTrue();
    assertThat(ProblemOasFilter.hasMethod(Object.class, "type", java.util.List.class)).isFalse();
  }

  @Test
  void everyOperationGetsItsProblemResponses() {
    assertThat(doc.getPaths().get("/books/{id}").getGet().getResponses()).containsKeys("404", "405", "406", "500")
        .doesNotContainKeys("400", "415");
    assertThat(doc.getPaths().get("/books/{id}").getPut().getResponses())
        .containsKeys("400", "404", "405", "406", "409", "415", "500");
    assertThat(doc.getPaths().get("/books/search").getGet().getResponses()).containsKeys("429");
  }

  @Test
  void responsesCarryTheirMediaTypesSchemasAndHeaderFields() {
    ApiResponse tooMany = doc.getPaths().get("/books/search").getGet().getResponses().get("429");
    assertThat(tooMany.getContent()).containsOnlyKeys("application/problem+json", "application/problem+xml");
    assertThat(tooMany.getContent().get("application/problem+json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/Problem");
    assertThat(BooksDocument.headers(tooMany)).containsExactly(Map.entry("Retry-After", false));
    assertThat(BooksDocument.headers(doc.getPaths().get("/books/{id}").getDelete().getResponses().get("401")))
        .containsExactly(Map.entry("WWW-Authenticate", true));
    assertThat(BooksDocument.headers(doc.getPaths().get("/books/{id}").getGet().getResponses().get("405")))
        .containsExactly(Map.entry("Allow", true));

    ApiResponse conflict = doc.getPaths().get("/books/{id}").getPut().getResponses().get("409");
    assertThat(conflict.getDescription()).isEqualTo("Conflict: The book was changed by someone else");
    assertThat(conflict.getContent().get("application/problem+xml").getSchema().get$ref())
        .isEqualTo("#/components/schemas/Problem.edit-conflict");
  }

  @Test
  void componentsHoldProblemAndEachTypeWithItsMembers() {
    Schema<?> problem = doc.getComponents().getSchemas().get("Problem");
    assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "instance");
    assertThat(problem.getProperties().get("type").getDefault()).isEqualTo("about:blank");

    Schema<?> type = doc.getComponents().getSchemas().get("Problem.edit-conflict");
    assertThat(type.getAllOf().get(0).get$ref()).isEqualTo("#/components/schemas/Problem");
    Schema<?> own = type.getAllOf().get(1);
    assertThat(own.getProperties()).containsOnlyKeys("type", "status", "currentVersion");
    assertThat(own.getProperties().get("status").getEnum()).containsExactly(409);
    assertThat(own.getProperties().get("type").getEnum()).containsExactly("https://api.example/problems/edit-conflict");
  }

  @Test
  void aConstrainedParameterGetsTheValidationProblemWithItsViolations() {
    ApiResponse badRequest = doc.getPaths().get("/books/{id}").getPut().getResponses().get("400");
    assertThat(badRequest.getContent().get("application/problem+json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/Problem.ConstraintViolationException");

    Schema<?> own = (Schema<?>) doc.getComponents().getSchemas().get("Problem.ConstraintViolationException")
        .getAllOf().get(1);
    assertThat(own.getProperties()).containsOnlyKeys("type", "status", "violations");
    assertThat(own.getProperties().get("status").getEnum()).containsExactly(400);
    Schema<?> one = (Schema<?>) own.getProperties().get("violations").getItems();
    assertThat(one.getProperties()).containsOnlyKeys("field", "location", "pointer", "message");
    assertThat(one.getRequired()).containsExactly("location", "message");
  }

  @Test
  void statuskitValidationStatus422InTheConfigurationMovesTheValidationProblemTo422() throws Exception {
    System.setProperty(ProblemOasFilter.VALIDATION_STATUS, "422");
    String json;
    try {
      json = scanWithFilter();
    } finally {
      System.clearProperty(ProblemOasFilter.VALIDATION_STATUS);
    }
    SwaggerParseResult result = BooksDocument.parse(json);
    assertThat(result.getMessages()).isEmpty();
    Map<String, ApiResponse> put = result.getOpenAPI().getPaths().get("/books/{id}").getPut().getResponses();
    assertThat(put).containsKeys("400", "422");
    assertThat(put.get("422").getDescription()).isEqualTo("Unprocessable Content");
    assertThat(put.get("422").getContent().get("application/problem+json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/Problem.ConstraintViolationException");
    Schema<?> own = (Schema<?>) result.getOpenAPI().getComponents().getSchemas()
        .get("Problem.ConstraintViolationException").getAllOf().get(1);
    assertThat(own.getProperties().get("status").getEnum()).containsExactly(422);
  }

  @Test
  void aValidationStatusOtherThan400Or422IsRefusedNamingValueAndRule() {
    ProblemCatalog catalog = ProblemCatalog.load(ProblemOasFilter.class.getClassLoader());
    assertThat(ProblemOasFilter.withValidationStatus(catalog, null)).isSameAs(catalog);
    assertThat(ProblemOasFilter.withValidationStatus(catalog, "400")).isSameAs(catalog);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ProblemOasFilter.withValidationStatus(catalog, "418\r\n"))
        .withMessage("statuskit.validation-status=\"418??\" is invalid: expected 400 or 422");
  }
}
