package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemOpenApiTest {

  private static OpenAPI doc;

  @BeforeAll
  static void generateAndValidate() {
    SwaggerParseResult result = BooksDocument.parse(BooksDocument.json());
    assertThat(result.getMessages()).isEmpty();
    doc = result.getOpenAPI();
  }

  private static Operation get(String path) {
    return doc.getPaths().get(path).getGet();
  }

  private static String ref(ApiResponse r, String mediaType) {
    return r.getContent().get(mediaType).getSchema().get$ref();
  }

  @Test
  void eachOperationListsItsTypedStatusesAndTheRuntimeOnes() {
    assertThat(get("/books/{id}").getResponses()).containsOnlyKeys("200", "404", "405", "406", "500");
    assertThat(get("/books/search").getResponses()).containsOnlyKeys("default", "404", "405", "406", "429", "500");
    assertThat(get("/books/fail").getResponses()).containsOnlyKeys("default", "404", "405", "406", "500");
    assertThat(doc.getPaths().get("/books/{id}").getPut().getResponses())
        .containsOnlyKeys("200", "400", "404", "405", "406", "409", "415", "500");
    assertThat(doc.getPaths().get("/books/{id}").getDelete().getResponses())
        .containsOnlyKeys("default", "401", "404", "405", "406", "500");
  }

  @Test
  void problemResponsesAreProblemJsonAndXmlReferringToTheProblemSchema() {
    ApiResponse notFound = get("/books/{id}").getResponses().get("404");

    assertThat(notFound.getDescription()).isEqualTo("Not Found");
    assertThat(notFound.getContent()).containsOnlyKeys("application/problem+json", "application/problem+xml");
    assertThat(ref(notFound, "application/problem+json")).isEqualTo("#/components/schemas/Problem");
    assertThat(ref(notFound, "application/problem+xml")).isEqualTo("#/components/schemas/Problem");
    assertThat(BooksDocument.headers(notFound)).isEmpty();
  }

  @Test
  void aTypeOfItsOwnGetsItsSchemaWithItsMembers() {
    ApiResponse conflict = doc.getPaths().get("/books/{id}").getPut().getResponses().get("409");

    assertThat(conflict.getDescription()).isEqualTo("Conflict: The book was changed by someone else");
    assertThat(ref(conflict, "application/problem+json")).isEqualTo("#/components/schemas/Problem.edit-conflict");

    Schema<?> type = doc.getComponents().getSchemas().get("Problem.edit-conflict");
    assertThat(type.getTitle()).isEqualTo("The book was changed by someone else");
    assertThat(type.getDescription()).isEqualTo("Someone else changed the book since it was read.");
    assertThat(type.getAllOf()).hasSize(2);
    assertThat(type.getAllOf().get(0).get$ref()).isEqualTo("#/components/schemas/Problem");
    Map<String, Schema> own = type.getAllOf().get(1).getProperties();
    assertThat(own).containsOnlyKeys("type", "status", "currentVersion");
    assertThat(own.get("type").getEnum()).containsExactly("https://api.example/problems/edit-conflict");
    assertThat(own.get("status").getEnum()).containsExactly(409);
    assertThat(own.get("currentVersion").getType()).isEqualTo("integer");
  }

  @Test
  void theProblemSchemaIsRfc9457AppendixA() {
    Schema<?> problem = doc.getComponents().getSchemas().get("Problem");

    assertThat(problem.getType()).isEqualTo("object");
    assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "instance");
    assertThat(problem.getProperties().get("type").getFormat()).isEqualTo("uri-reference");
    assertThat(problem.getProperties().get("type").getDefault()).isEqualTo("about:blank");
    assertThat(problem.getProperties().get("status").getType()).isEqualTo("integer");
    assertThat(problem.getProperties().get("instance").getFormat()).isEqualTo("uri-reference");
    assertThat(doc.getComponents().getSchemas()).containsOnlyKeys("Problem", "Problem.ConstraintViolationException",
        "Problem.edit-conflict");
  }

  @Test
  void eachStatusCarriesItsHeaderFields() {
    assertThat(BooksDocument.headers(doc.getPaths().get("/books/{id}").getDelete().getResponses().get("401")))
        .containsExactly(Map.entry("WWW-Authenticate", true));
    assertThat(BooksDocument.headers(get("/books/{id}").getResponses().get("405"))).containsExactly(Map.entry("Allow", true));
    assertThat(BooksDocument.headers(get("/books/search").getResponses().get("429"))).containsExactly(Map.entry("Retry-After", false));
    Header retryAfter = get("/books/search").getResponses().get("429").getHeaders().get("Retry-After");
    assertThat(retryAfter.getSchema().getType()).isEqualTo("string");
    assertThat(BooksDocument.headers(get("/books/search").getResponses().get("500"))).isEmpty();
  }

  @Test
  void aResponseTheApplicationDescribedIsKept() {
    ApiResponse notFound = doc.getPaths().get("/books/{id}").getPut().getResponses().get("404");

    assertThat(notFound.getDescription()).isEqualTo("No such book, described by the application");
    assertThat(notFound.getContent()).isNull();
  }

  @Test
  void anExistingProblemSchemaAndNamesInUseAreKept() {
    OpenAPI api = new OpenAPI().components(new io.swagger.v3.oas.models.Components()
        .addSchemas("Problem", new Schema<>().description("mine"))
        .addSchemas("Problem.edit-conflict", new Schema<>().description("also mine")));
    dev.statuskit.representation.ProblemCatalog catalog =
        dev.statuskit.representation.ProblemCatalog.load(getClass().getClassLoader());

    ProblemOpenApi.of(catalog).addTo(api);

    assertThat(api.getComponents().getSchemas().get("Problem").getDescription()).isEqualTo("mine");
    assertThat(api.getComponents().getSchemas().get("Problem.edit-conflict").getDescription()).isEqualTo("also mine");
    assertThat(api.getComponents().getSchemas().get("Problem.edit-conflict-2").getTitle())
        .isEqualTo("The book was changed by someone else");
  }

  @Test
  void anOpenApi31DocumentGetsTheSameResponses() {
    SwaggerParseResult result = BooksDocument.parse(BooksDocument.json31());
    assertThat(result.getMessages()).isEmpty();
    OpenAPI doc31 = result.getOpenAPI();

    assertThat(doc31.getOpenapi()).isEqualTo("3.1.0");
    ApiResponse tooMany = doc31.getPaths().get("/books/search").getGet().getResponses().get("429");
    assertThat(BooksDocument.headers(tooMany)).containsExactly(Map.entry("Retry-After", false));
    assertThat(ref(tooMany, "application/problem+json")).isEqualTo("#/components/schemas/Problem");
    assertThat(ref(doc31.getPaths().get("/books/{id}").getPut().getResponses().get("409"), "application/problem+xml"))
        .isEqualTo("#/components/schemas/Problem.edit-conflict");
    assertThat(doc31.getComponents().getSchemas()).containsOnlyKeys("Problem", "Problem.ConstraintViolationException",
        "Problem.edit-conflict");
  }

  @Test
  void templatesLoseTheirRegularExpressions() {
    assertThat(List.of(ProblemPlan.normalize("/books/{id: [0-9]{1,3}}/"), ProblemPlan.normalize("books//{a}"),
        ProblemPlan.normalize("/"), ProblemPlan.normalize("")))
        .containsExactly("/books/{id}", "/books/{a}", "/", "/");
  }
}
