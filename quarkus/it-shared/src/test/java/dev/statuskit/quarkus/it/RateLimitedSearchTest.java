package dev.statuskit.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The example's rate-limited search on Quarkus: the same 429 wire contract as on the other runtimes. */
@QuarkusTest
class RateLimitedSearchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URI base;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> search(String key) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve("books/search?q=dune")).timeout(Duration.ofSeconds(30));
    r.header(RateLimitFilter.API_KEY, key);
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void sixthSearchInABurstIs429WithRetryAfter() throws Exception {
    String key = "check-" + UUID.randomUUID();
    for (int i = 0; i < RateLimiter.CAPACITY; i++) {
      HttpResponse<String> ok = search(key);
      assertThat(ok.statusCode()).as("call %d: %s", i + 1, ok.body()).isEqualTo(200);
      assertThat(JSON.readTree(ok.body()).size()).isEqualTo(2);
    }
    HttpResponse<String> r = search(key);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
    assertThat(r.headers().allValues("Content-Type")).containsExactly("application/problem+json");
    assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
    assertThat(r.headers().allValues("Retry-After")).singleElement()
        .satisfies(v -> assertThat(Integer.parseInt(v)).isBetween(1, RateLimiter.REFILL_SECONDS));
    assertThat(r.headers().allValues("Content-Length")).containsExactly(String.valueOf(r.body().length()));
    JsonNode body = JSON.readTree(r.body());
    assertThat(fieldNames(body)).containsExactlyInAnyOrder("type", "title", "status", "detail");
    assertThat(body.get("type").asText()).isEqualTo("about:blank");
    assertThat(body.get("title").asText()).isEqualTo("Too Many Requests");
    assertThat(body.get("status").asInt()).isEqualTo(429);
    assertThat(body.get("detail").asText())
        .isEqualTo("Search allows 5 calls at once and one more every 12 seconds per API key.");
    // Another client still has its own calls.
    assertThat(search(key + "-other").statusCode()).isEqualTo(200);
  }

  @Test
  void malformedApiKeyIs400WithoutEchoingIt() throws Exception {
    HttpResponse<String> r = search("no/such<key>");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().allValues("Content-Type")).containsExactly("application/problem+json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(fieldNames(body)).containsExactlyInAnyOrder("type", "title", "status", "detail");
    assertThat(body.get("detail").asText()).isEqualTo("X-Api-Key must be 1 to 64 letters, digits, '-' or '_'.");
    assertThat(r.body()).doesNotContain("<key>");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
