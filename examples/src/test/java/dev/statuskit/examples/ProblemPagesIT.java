package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.test.ProblemAssertions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The book store's problem types live under {@code http://127.0.0.1:8080/problems/}: following the
 * type of a problem gives its page to a browser and its JSON Schema to a client (Jersey answers, as
 * the application sets {@code statuskit.problem-docs}).
 */
class ProblemPagesIT {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private final Http http = new Http(TestServer.uri());

  /** The path of a type URI, on whatever port the test server listens. */
  private static String path(String type) {
    return URI.create(type).getRawPath();
  }

  @Test
  void theTypeOfAProblemLeadsToItsPage() {
    String type = BlackBoxChecks.problemType(http);
    assertThat(type).isEqualTo("http://127.0.0.1:8080/problems/edit-conflict");

    HttpResponse<String> r = http.get(path(type), "Accept", BROWSER);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().allValues("Content-Type")).containsExactly("text/html;charset=UTF-8");
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
    assertThat(r.headers().allValues("Cache-Control")).containsExactly("max-age=3600");
    assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(t -> assertThat(t).matches("\"[0-9a-f]{24}\""));
    assertThat(r.body()).startsWith("<!DOCTYPE html>").doesNotContain("<script")
        .contains("<h1>The book was changed by someone else</h1>")
        .contains("<p class=\"detail\">" + BookResource.EDIT_CONFLICT + "</p>")
        .contains("<dt>Status</dt><dd>409 Conflict</dd>")
        .contains("<dt>Type</dt><dd><code>http://127.0.0.1:8080/problems/edit-conflict</code></dd>")
        .contains("<dt>Sent by</dt><dd><ol><li><code>PATCH /books/{id}</code></li><li><code>PUT /books/{id}</code></li>"
            + "</ol></dd>")
        .contains("<a href=\"/problems/\">All problem types</a>");
  }

  @Test
  void aClientGetsTheJsonSchemaOfTheType() throws Exception {
    HttpResponse<String> r = http.get("/problems/edit-conflict", "Accept", "application/schema+json");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().allValues("Content-Type")).containsExactly("application/schema+json");
    JsonNode schema = Http.json(r.body());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText()).isEqualTo("http://127.0.0.1:8080/problems/edit-conflict");
    assertThat(schema.get("properties").get("status").get("const").asInt()).isEqualTo(409);
    assertThat(schema.get("properties").get("type").get("const").asText())
        .isEqualTo("http://127.0.0.1:8080/problems/edit-conflict");
    assertThat(schema.get("description").asText()).isEqualTo(BookResource.EDIT_CONFLICT);
    assertThat(Http.members(schema.get("properties"))).containsExactlyInAnyOrder("type", "title", "status", "detail",
        "instance");
  }

  @Test
  void headAndConditionalGetsAnswerWithoutBody() {
    HttpResponse<String> get = http.get("/problems/edit-conflict", "Accept", BROWSER);
    String etag = get.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> head = http.send(http.request("/problems/edit-conflict").header("Accept", BROWSER)
        .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> notModified = http.get("/problems/edit-conflict", "Accept", BROWSER, "If-None-Match", etag);

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("ETag")).hasValue(etag);
    assertThat(head.headers().allValues("Content-Type")).containsExactly("text/html;charset=UTF-8");
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
    assertThat(notModified.headers().allValues("Vary")).containsExactly("Accept");
  }

  @Test
  void anUnknownTypeIsANotFoundProblem() {
    HttpResponse<String> r = http.get("/problems/no-such-thing");

    ProblemAssertions.assertThat(r).isProblem(404).hasHeader("Content-Type", Http.PROBLEM_JSON).isConformant()
        .hasExactlyMembers("type", "title", "status", "detail")
        .hasDetail("No problem type is documented at this address.");
  }

  @Test
  void theBaseListsTheTypes() {
    HttpResponse<String> r = http.get("/problems/", "Accept", BROWSER);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<h1>Problem types</h1>")
        .contains("<dt><a href=\"/problems/edit-conflict\">The book was changed by someone else</a></dt>");
    assertThat(List.of(http.get("/problems").statusCode())).containsExactly(200);
  }
}
