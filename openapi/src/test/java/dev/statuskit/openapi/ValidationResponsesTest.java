package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.representation.ProblemCatalog;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validation problem of a resource method with a constrained parameter ({@code Books#rename}'s {@code @NotBlank}). */
class ValidationResponsesTest {

  private static OpenAPI document(int validationStatus) {
    OpenAPI api = new Reader(new SwaggerConfiguration()
        .openAPI(new OpenAPI().info(new Info().title("Books").version("1"))))
        .read(Set.of(Books.class));
    ProblemOpenApi.of(ProblemCatalog.load(ValidationResponsesTest.class.getClassLoader()))
        .validationStatus(validationStatus).addTo(api);
    SwaggerParseResult result = BooksDocument.parse(Json.pretty(api));
    assertThat(result.getMessages()).isEmpty();
    return result.getOpenAPI();
  }

  private static String ref(ApiResponse r) {
    return r.getContent().get("application/problem+json").getSchema().get$ref();
  }

  @SuppressWarnings("rawtypes")
  private static void assertViolationsSchema(OpenAPI doc, int status) {
    Schema<?> type = doc.getComponents().getSchemas().get("Problem.ConstraintViolationException");
    assertThat(type.getAllOf().get(0).get$ref()).isEqualTo("#/components/schemas/Problem");
    Map<String, Schema> own = type.getAllOf().get(1).getProperties();
    assertThat(own).containsOnlyKeys("type", "status", "violations");
    assertThat(own.get("type").getEnum()).containsExactly("about:blank");
    assertThat(own.get("status").getEnum()).containsExactly(status);
    assertThat(own.get("violations").getType()).isEqualTo("array");
    Schema<?> one = own.get("violations").getItems();
    assertThat(one.getProperties()).containsOnlyKeys("field", "location", "pointer", "message");
    assertThat(one.getRequired()).containsExactly("location", "message");
  }

  @Test
  void aConstrainedParameterIsDescribedAsA400WithTheViolations() {
    OpenAPI doc = BooksDocument.parse(BooksDocument.json()).getOpenAPI();
    ApiResponse badRequest = doc.getPaths().get("/books/{id}").getPut().getResponses().get("400");

    assertThat(badRequest.getDescription()).isEqualTo("Bad Request");
    assertThat(ref(badRequest)).isEqualTo("#/components/schemas/Problem.ConstraintViolationException");
    assertViolationsSchema(doc, 400);
    assertThat(doc.getPaths().get("/books/search").getGet().getResponses()).doesNotContainKey("400");
  }

  @Test
  void withValidationStatus422TheViolationsAreA422AndAMalformedBodyStaysA400() {
    OpenAPI doc = document(422);
    ApiResponses put = doc.getPaths().get("/books/{id}").getPut().getResponses();

    assertThat(put).containsOnlyKeys("200", "400", "404", "405", "406", "409", "415", "422", "500");
    assertThat(put.get("422").getDescription()).isEqualTo("Unprocessable Content");
    assertThat(ref(put.get("422"))).isEqualTo("#/components/schemas/Problem.ConstraintViolationException");
    assertThat(ref(put.get("400"))).isEqualTo("#/components/schemas/Problem");
    assertViolationsSchema(doc, 422);
  }

  @Test
  void validationStatus400KeepsTheDefault() {
    OpenAPI doc = document(400);

    assertThat(ref(doc.getPaths().get("/books/{id}").getPut().getResponses().get("400")))
        .isEqualTo("#/components/schemas/Problem.ConstraintViolationException");
    assertThat(doc.getPaths().get("/books/{id}").getPut().getResponses()).doesNotContainKey("422");
  }

  @Test
  void aValidationStatusOtherThan400Or422IsRejected() {
    ProblemOpenApi describer = ProblemOpenApi.of(ProblemCatalog.of(List.of()));

    assertThatThrownBy(() -> describer.validationStatus(418)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("validation status 418 is neither 400 nor 422, the two statuses statuskit.validation-status allows");
  }
}
