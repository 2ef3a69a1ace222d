package dev.statuskit.realservers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Described = sent on a MicroProfile server: the 429 its own {@code /openapi} document (MicroProfile
 * OpenAPI with StatusKit's filter) lists for {@code GET /books/search} is the 429 the search sends.
 */
final class DescribedEqualsSent {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DescribedEqualsSent() {
    }

    /**
     * Fetches the server's {@code /openapi} as JSON: it answers 200 and has {@code GET /books/search}.
     *
     * @param base the example's base URI on the server; the document is at the server's root
     * @return the operation
     */
    static JsonNode search(URI base) throws Exception {
        HttpResponse<String> document = CLIENT.send(HttpRequest.newBuilder(base.resolve("/openapi?format=JSON"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).as("GET /openapi: %s", document.body()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(document.body()).path("paths");
        JsonNode search = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().endsWith("/books/search")) {
                search = e.getValue().path("get");
            }
        }
        assertThat(search).as("GET /books/search in %s", paths.fieldNames()).isNotNull();
        return search;
    }

    /**
     * Sends {@code GET /books/search} with one API key until it answers 429: the 429 it is described
     * with in the server's {@link #search document} has the status, media type and header names the
     * one sent has.
     *
     * @param base the example's base URI on the server
     */
    static void check(URI base) throws Exception {
        JsonNode search = search(base);
        JsonNode described = search.path("responses").path("429");
        assertThat(described.isObject()).as("429 of GET /books/search: %s", search).isTrue();

        String key = "openapi-" + System.nanoTime();
        URI searchUri = URI.create(base + "/books/search?q=dune");
        HttpResponse<String> sent = null;
        for (int i = 0; i < 10 && (sent == null || sent.statusCode() != 429); i++) {
            sent = CLIENT.send(HttpRequest.newBuilder(searchUri).header("X-Api-Key", key)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(sent.statusCode()).as("the sixth search with one key: %s", sent.body()).isEqualTo(429);
        String mediaType = sent.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip()
                .toLowerCase(Locale.ROOT);
        assertThat(mediaType).isEqualTo("application/problem+json");
        assertThat(described.path("content").has(mediaType)).as("described media types %s", described)
                .isTrue();
        Set<String> describedNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        described.path("headers").fieldNames().forEachRemaining(describedNames::add);
        assertThat(describedNames).contains("Retry-After");
        Set<String> sentNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sentNames.addAll(sent.headers().map().keySet());
        assertThat(sentNames).containsAll(describedNames);
        assertThat(new ObjectMapper().readTree(sent.body()).path("status").asInt()).isEqualTo(429);
    }
}
