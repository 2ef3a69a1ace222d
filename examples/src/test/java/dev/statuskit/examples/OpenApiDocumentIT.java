package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.test.ProblemAssertions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /openapi} on the embedded server: negotiated, valid, and describing what the search sends. */
class OpenApiDocumentIT {

  private static Http http;
  private static HttpResponse<String> yaml;
  private static OpenAPI doc;

  @BeforeAll
  static void fetch() {
    http = new Http(TestServer.uri());
    yaml = http.get("/openapi");
    SwaggerParseResult parsed = parse(yaml.body());
    assertThat(parsed.getMessages()).as("validation messages").isEmpty();
    doc = parsed.getOpenAPI();
  }

  private static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }

  @Test
  void yamlByDefault() {
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.headers().allValues("Content-Type")).containsExactly("application/yaml");
    assertThat(yaml.body()).startsWith("openapi: 3.1.0\n");
    assertThat(http.get("/openapi", "Accept", "application/yaml").headers().allValues("Content-Type"))
        .containsExactly("application/yaml");
  }

  @Test
  void jsonForAcceptJson() {
    HttpResponse<String> json = http.get("/openapi", "Accept", "application/json");

    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().allValues("Content-Type")).containsExactly("application/json");
    assertThat(json.body()).startsWith("{");
    SwaggerParseResult parsed = parse(json.body());
    assertThat(parsed.getMessages()).as("validation messages").isEmpty();
    assertThat(parsed.getOpenAPI()).isEqualTo(doc);
  }

  @Test
  void aMediaTypeItDoesNotServeIs406() {
    HttpResponse<String> r = http.get("/openapi", "Accept", "text/csv");

    ProblemAssertions.assertThat(r).isProblem(406).hasHeader("Content-Type", Http.PROBLEM_JSON).isConformant();
  }

  @Test
  void theDocumentIsOpenApi31WithTheApplicationsOperations() {
    assertThat(doc.getOpenapi()).isEqualTo("3.1.0");
    assertThat(doc.getPaths()).containsKeys("/books", "/books/search", "/books/{id}", "/books/{id}/text",
        "/books/{id}/cover");
    assertThat(doc.getPaths()).doesNotContainKeys("/openapi", "/metrics");
  }

  @Test
  void theSearchLists429AsProblemJsonWithRetryAfter() {
    ApiResponse tooMany = doc.getPaths().get("/books/search").getGet().getResponses().get("429");

    assertThat(tooMany).isNotNull();
    assertThat(tooMany.getContent()).containsOnlyKeys("application/problem+json", "application/problem+xml");
    assertThat(tooMany.getContent().get("application/problem+json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/Problem");
    assertThat(tooMany.getHeaders()).containsOnlyKeys("Retry-After");
    assertThat(tooMany.getHeaders().get("Retry-After").getRequired()).isFalse();
    assertThat(doc.getPaths().get("/books/search").getGet().getResponses()).containsKeys("400", "406", "500");
  }

  @Test
  void theReadmeExcerptIsTheSearchsOwn() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```sh\ncurl http://127\\.0\\.0\\.1:8080/openapi\n```\n\n```yaml\n(.*?)\n```",
        Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("the README's /openapi excerpt").isTrue();
    String body = yaml.body();
    int search = body.indexOf("\n  /books/search:\n");
    int next = body.indexOf("\n  /", search + 1);

    assertThat(search).isPositive();
    assertThat(body.substring(search, next < 0 ? body.length() : next)).contains(m.group(1) + "\n");
  }

  @Test
  void theDeclaredProblemsAreListedWithTheirHeaderFields() {
    ApiResponse blocked = doc.getPaths().get("/books/{id}").getGet().getResponses().get("451");
    assertThat(doc.getPaths().get("/books/{id}").getGet().getResponses()).containsKeys("400", "451");
    assertThat(blocked.getHeaders()).containsOnlyKeys("Link");
    assertThat(doc.getPaths().get("/books/{id}").getPut().getResponses()).containsKeys("409", "412", "428");
    assertThat(doc.getPaths().get("/books/{id}/cover").getPut().getResponses().get("413").getHeaders())
        .containsOnlyKeys("Retry-After");
  }

  @Test
  void everyOperationListsItsProblems() {
    doc.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      assertThat(op.getResponses()).as("%s %s", method, path).containsKeys("404", "405", "406", "500");
      ApiResponse failure = op.getResponses().get("500");
      assertThat(failure.getContent()).as("%s %s 500", method, path).containsKey("application/problem+json");
    }));
  }

  @Test
  void theDescribed429IsTheOneSent() throws Exception {
    String key = "openapi-" + System.nanoTime();
    HttpResponse<String> sent = null;
    for (int i = 0; i <= RateLimiter.CAPACITY; i++) {
      sent = http.get("/books/search?q=dune", "X-Api-Key", key);
    }
    Operation search = doc.getPaths().get("/books/search").readOperationsMap().get(PathItem.HttpMethod.GET);
    ApiResponse described = search.getResponses().get(Integer.toString(sent.statusCode()));

    ProblemAssertions.assertThat(sent).isProblem(429).hasMember("status", 429);
    assertThat(described).isNotNull();
    assertThat(described.getContent()).containsKey(Http.PROBLEM_JSON);
    Set<String> sentNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sentNames.addAll(sent.headers().map().keySet());
    assertThat(sentNames).containsAll(described.getHeaders().keySet());
  }
}
