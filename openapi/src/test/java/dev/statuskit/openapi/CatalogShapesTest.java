package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.representation.ProblemCatalog;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Catalogs of shapes the bookstore has not: several types at one status, bare types with members, an application path. */
class CatalogShapesTest {

  private static ProblemCatalog.ProblemType type(String type, int status, String source, Map<String, String> members,
      ProblemCatalog.Producer... by) {
    return new ProblemCatalog.ProblemType(type, status, null, null, source, members, List.of(), List.of(by));
  }

  private static OpenAPI document(ProblemCatalog catalog) {
    OpenAPI api = new OpenAPI().info(new Info().title("Shop").version("1"))
        .paths(new Paths().addPathItem("/api/orders/{id}", new PathItem().post(new Operation().operationId("buy")
            .addParametersItem(new PathParameter().name("id").schema(new StringSchema())))));
    ProblemOpenApi.of(catalog).addTo(api);
    SwaggerParseResult parsed = BooksDocument.parse(Json.pretty(api));
    assertThat(parsed.getMessages()).isEmpty();
    return parsed.getOpenAPI();
  }

  @Test
  void typesSharingAStatusAreAnyOfTheirSchemasAndBareTypesWithMembersAreNamedByClass() {
    ProblemCatalog.Producer buy = new ProblemCatalog.Producer("shop.Orders#buy", "POST", "/orders/{id: \\d+}");
    ProblemCatalog catalog = ProblemCatalog.of(List.of(
        type("https://shop.example/problems/out-of-stock", 409, "shop.OutOfStock", Map.of("sku", "string"), buy),
        type("about:blank", 409, "shop.Orders$Locked", Map.of("until", "string", "tries", "array"), buy),
        type("about:blank", 409, "dev.statuskit.ConflictException", Map.of(), buy),
        type("https://shop.example/problems/closed", 503, "shop.Closed", Map.of("flag", "boolean"))));

    OpenAPI doc = document(catalog);

    ApiResponse conflict = doc.getPaths().get("/api/orders/{id}").getPost().getResponses().get("409");
    Schema<?> anyOf = conflict.getContent().get("application/problem+json").getSchema();
    assertThat(anyOf.getAnyOf()).extracting(Schema::get$ref)
        .containsExactly("#/components/schemas/Problem.out-of-stock", "#/components/schemas/Problem.Locked",
            "#/components/schemas/Problem");
    assertThat(doc.getComponents().getSchemas())
        .containsOnlyKeys("Problem", "Problem.out-of-stock", "Problem.Locked", "Problem.closed");
    Schema<?> lockedSchema = doc.getComponents().getSchemas().get("Problem.Locked");
    Map<String, Schema> locked = lockedSchema.getAllOf().get(1).getProperties();
    assertThat(locked.get("type").getEnum()).containsExactly("about:blank");
    assertThat(locked.get("until").getType()).isEqualTo("string");
    assertThat(locked.get("tries").getType()).isEqualTo("array");
    assertThat(doc.getPaths().get("/api/orders/{id}").getPost().getResponses())
        .containsOnlyKeys("404", "405", "406", "409", "500");
  }

  @Test
  void aProducerOfAnotherMethodOrPathAddsNothing() {
    ProblemCatalog catalog = ProblemCatalog.of(List.of(
        type("about:blank", 410, "dev.statuskit.GoneException", Map.of(),
            new ProblemCatalog.Producer("shop.Orders#get", "GET", "/orders/{id}"),
            new ProblemCatalog.Producer("shop.Orders#buy", "POST", "/id"))));

    assertThat(document(catalog).getPaths().get("/api/orders/{id}").getPost().getResponses())
        .containsOnlyKeys("404", "405", "406", "500");
  }

  @Test
  void aDocumentWithoutPathsGetsTheSchemasOnly() {
    OpenAPI api = new OpenAPI();

    ProblemOpenApi.of(ProblemCatalog.of(List.of())).addTo(api);

    assertThat(api.getComponents().getSchemas()).containsOnlyKeys("Problem");
    assertThat(api.getPaths()).isNull();
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> ProblemOpenApi.of(null)).hasMessage("catalog");
    assertThatThrownBy(() -> ProblemOpenApi.of(ProblemCatalog.of(List.of())).addTo(null)).hasMessage("openApi");
  }
}
