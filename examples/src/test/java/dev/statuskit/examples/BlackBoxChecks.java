package dev.statuskit.examples;

import static dev.statuskit.examples.Http.PROBLEM_JSON;
import static dev.statuskit.examples.Http.json;
import static dev.statuskit.examples.Http.members;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.HttpStatus;
import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.testsupport.Pipeline;
import dev.statuskit.testsupport.Wire;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The black-box checks of the book store, as data: each {@link Check} runs HTTP requests against a
 * deployment and asserts the whole wire contract (status, required header fields, Content-Type, the
 * exact members of the problem body, no body for HEAD). The embedded server's test runs them, and so
 * can a harness that deploys the WAR to a real server: {@code check.run(baseUri, ids::add)}.
 *
 * <p>The checks restore what they change (maintenance mode) and write only to books they create, so
 * they can run in any order and more than once against the same deployment, one at a time.
 */
public final class BlackBoxChecks {

  /** Every code of the status gallery. */
  public static final List<Integer> GALLERY_CODES = List.of(
      300, 301, 302, 303, 304, 307, 308,
      400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
      421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
      500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511);

  static final String TOKEN = "Bearer demo-token";
  static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
  static final String BEARER_CHALLENGE = "Bearer realm=\"bookstore\"";
  static final String BLOCKED_BY = "<https://bookstore.example/legal/notices/2026-17>; rel=\"blocked-by\"";
  static final String LOCATION = "https://bookstore.example/books/1";

  /**
   * The header fields each gallery status must carry, with the gallery's representative values;
   * {@code Cache-Control: no-store} where caches must not keep the answer (428, 429, 431, 511: RFC 6585).
   */
  static final Map<Integer, Map<String, String>> GALLERY_HEADERS = Map.ofEntries(
      Map.entry(301, Map.of("Location", LOCATION)),
      Map.entry(302, Map.of("Location", LOCATION)),
      Map.entry(303, Map.of("Location", LOCATION)),
      Map.entry(304, Map.of("ETag", "\"1-v1\"")),
      Map.entry(307, Map.of("Location", LOCATION)),
      Map.entry(308, Map.of("Location", LOCATION)),
      Map.entry(401, Map.of("WWW-Authenticate", BEARER_CHALLENGE)),
      Map.entry(405, Map.of("Allow", "GET, HEAD")),
      Map.entry(407, Map.of("Proxy-Authenticate", "Basic realm=\"proxy\"")),
      Map.entry(413, Map.of("Retry-After", "60")),
      Map.entry(416, Map.of("Content-Range", "bytes */1024")),
      Map.entry(426, Map.of("Upgrade", "HTTP/2.0")),
      Map.entry(428, Map.of("Cache-Control", "no-store")),
      Map.entry(429, Map.of("Retry-After", "60", "Cache-Control", "no-store")),
      Map.entry(431, Map.of("Cache-Control", "no-store")),
      Map.entry(451, Map.of("Link", BLOCKED_BY)),
      Map.entry(503, Map.of("Retry-After", "120")),
      Map.entry(511, Map.of("Cache-Control", "no-store")));

  /** What a check does, given a client for the deployment and a sink for occurrence ids. */
  @FunctionalInterface
  interface Body {
    void run(Http http, Consumer<String> occurrences) throws Exception;
  }

  /** One named check. */
  public static final class Check {
    private final String name;
    private final Body body;

    Check(String name, Body body) {
      this.name = name;
      this.body = body;
    }

    /**
     * The check's name, a behaviour phrase.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Runs the check; an assertion error when the deployment misbehaves.
     *
     * @param base the application's root, for example {@code http://127.0.0.1:8080/} or
     *     {@code http://127.0.0.1:8080/statuskit-examples/}
     * @param occurrences receives the occurrence id ({@code instance}) of each unexpected 500, so the
     *     caller can look for it in the server's log
     * @throws Exception if the check cannot run
     */
    public void run(URI base, Consumer<String> occurrences) throws Exception {
      body.run(new Http(base), occurrences);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private BlackBoxChecks() {}

  /**
   * Every check: the scenarios, then the gallery.
   *
   * @return the checks
   */
  public static List<Check> all() {
    List<Check> all = new ArrayList<>(scenarios());
    all.addAll(gallery());
    return all;
  }

  /**
   * The book-store scenarios.
   *
   * @return the checks
   */
  public static List<Check> scenarios() {
    return List.of(
        new Check("knownBookIsServedWithItsEtag", BlackBoxChecks::knownBook),
        new Check("unknownUrlIs404Problem", (h, o) -> {
          JsonNode p = problem(h.get("no/such/page"), 404, "type", "title", "status");
          assertThat(p.get("type").asText()).isEqualTo("about:blank");
        }),
        new Check("unknownBookIs404WithDetail", (h, o) -> {
          JsonNode p = problem(h.get("books/999"), 404, "type", "title", "status", "detail");
          assertThat(p.get("detail").asText()).isEqualTo("There is no book 999.");
        }),
        new Check("wrongMethodIs405WithAllow", (h, o) -> {
          HttpResponse<String> r = h.send("DELETE", "books", "");
          problem(r, 405, "type", "title", "status");
          // The runtime decides the exact list (Jersey omits HEAD, jersey#3837): require what the resource has.
          assertThat(list(r.headers().allValues("Allow"))).contains("GET", "POST").doesNotContain("DELETE");
        }),
        new Check("missingTokenIs401WithBearerChallenge", (h, o) -> {
          HttpResponse<String> r = h.send("POST", "books", newBook("Emma", "Jane Austen", 1815),
              "Content-Type", "application/json");
          JsonNode p = problem(r, 401, "type", "title", "status", "detail");
          assertThat(r.headers().allValues("WWW-Authenticate")).containsExactly(BEARER_CHALLENGE);
          assertThat(p.get("detail").asText()).isEqualTo("This operation needs a bearer token.");
        }),
        new Check("wrongTokenIs401WithInvalidTokenError", (h, o) -> {
          HttpResponse<String> r = h.send("POST", "books", newBook("Emma", "Jane Austen", 1815),
              "Content-Type", "application/json", "Authorization", "Bearer guessed");
          problem(r, 401, "type", "title", "status", "detail");
          assertThat(r.headers().allValues("WWW-Authenticate"))
              .containsExactly("Bearer realm=\"bookstore\", error=invalid_token");
        }),
        new Check("unsupportedMediaTypeIs415", (h, o) -> problem(
            h.send("POST", "books", "Emma by Jane Austen", "Content-Type", "text/plain", "Authorization", TOKEN),
            415, "type", "title", "status")),
        new Check("invalidBookIs400WithViolations", (h, o) -> {
          JsonNode p = problem(h.send("POST", "books", "{\"title\":\" \",\"year\":1200}",
              "Content-Type", "application/json", "Authorization", TOKEN), 400,
              "type", "title", "status", "detail", "violations");
          assertThat(p.get("detail").asText()).isEqualTo("The request has 3 invalid values.");
          List<String> violations = new ArrayList<>();
          for (JsonNode v : p.get("violations")) {
            assertThat(members(v)).containsExactlyInAnyOrder("field", "location", "pointer", "message");
            assertThat(v.get("pointer").asText()).isEqualTo("/" + v.get("field").asText()); // RFC 6901, into the body
            violations.add(v.get("field").asText() + "@" + v.get("location").asText());
          }
          assertThat(violations).containsExactlyInAnyOrder("author@body", "title@body", "year@body");
        }),
        new Check("malformedJsonIs400WithoutParserDetails", (h, o) -> {
          JsonNode p = problem(h.send("POST", "books", "{\"title\":", "Content-Type", "application/json",
              "Authorization", TOKEN), 400, "type", "title", "status", "detail");
          // StatusKit's own detail for unreadable JSON (no parser position, class or library name).
          assertThat(p.get("detail").asText())
              .isEqualTo("The request content is not valid JSON or does not match the expected structure.");
        }),
        new Check("createdBookHas201LocationAndEtag", (h, o) -> createBook(h)),
        new Check("matchingIfNoneMatchIs304WithEtag", (h, o) -> {
          String etag = h.get("books/1").headers().firstValue("ETag").orElseThrow();
          HttpResponse<String> r = h.get("books/1", "If-None-Match", etag);
          assertThat(r.statusCode()).isEqualTo(304);
          assertThat(r.headers().firstValue("ETag")).hasValue(etag);
          assertThat(r.body()).isEmpty();
        }),
        new Check("putWithoutIfMatchIs428", (h, o) -> {
          String id = createBook(h)[0];
          HttpResponse<String> r = h.send("PUT", "books/" + id, newBook("Emma", "Jane Austen", 1816),
              "Content-Type", "application/json", "Authorization", TOKEN);
          problem(r, 428, "type", "title", "status", "detail");
          assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
        }),
        new Check("putWithStaleIfMatchIs412", (h, o) -> {
          String id = createBook(h)[0];
          problem(h.send("PUT", "books/" + id, newBook("Emma", "Jane Austen", 1816),
              "Content-Type", "application/json", "Authorization", TOKEN, "If-Match", "\"" + id + "-v0\""),
              412, "type", "title", "status", "detail");
        }),
        new Check("putWithCurrentIfMatchReplacesTheBook", (h, o) -> {
          String[] created = createBook(h);
          HttpResponse<String> r = h.send("PUT", "books/" + created[0], newBook("Emma", "Jane Austen", 1816),
              "Content-Type", "application/json", "Authorization", TOKEN, "If-Match", created[1]);
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.headers().firstValue("ETag")).hasValue("\"" + created[0] + "-v2\"");
          assertThat(json(r.body()).get("year").asInt()).isEqualTo(1816);
        }),
        new Check("staleVersionIs409ThroughMapException", (h, o) -> {
          String id = createBook(h)[0];
          JsonNode p = problem(h.send("PATCH", "books/" + id, "{\"title\":\"Persuasion\",\"version\":7}",
              "Content-Type", "application/json", "Authorization", TOKEN), 409, "type", "title", "status");
          assertThat(p.get("type").asText()).isEqualTo("http://127.0.0.1:8080/problems/edit-conflict");
          assertThat(p.get("title").asText()).isEqualTo("The book was changed by someone else");
        }),
        new Check("byteRangeIs206WithContentRange", (h, o) -> {
          int length = h.get("books/1/text").body().getBytes(StandardCharsets.UTF_8).length;
          HttpResponse<String> r = h.get("books/1/text", "Range", "bytes=0-3");
          assertThat(r.statusCode()).isEqualTo(206);
          assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes 0-3/" + length);
          assertThat(r.body()).isEqualTo("Dune");
        }),
        new Check("unsatisfiableRangeIs416WithCompleteLength", (h, o) -> {
          int length = h.get("books/1/text").body().getBytes(StandardCharsets.UTF_8).length;
          HttpResponse<String> r = h.get("books/1/text", "Range", "bytes=100000-");
          problem(r, 416, "type", "title", "status", "detail");
          assertThat(r.headers().allValues("Content-Range")).containsExactly("bytes */" + length);
        }),
        new Check("tooLargeCoverIs413", (h, o) -> {
          HttpResponse<String> r = h.send("PUT", "books/1/cover", new byte[100_000],
              "Content-Type", "image/png", "Authorization", TOKEN);
          JsonNode p = problem(r, 413, "type", "title", "status", "detail");
          assertThat(p.get("detail").asText()).isEqualTo("A cover may have at most 65536 bytes.");
        }),
        new Check("smallCoverIsStored", (h, o) -> assertThat(h.send("PUT", "books/1/cover", new byte[1000],
            "Content-Type", "image/png", "Authorization", TOKEN).statusCode()).isEqualTo(204)),
        new Check("sixthSearchInABurstIs429WithRetryAfter", BlackBoxChecks::rateLimit),
        new Check("maintenanceModeIs503WithRetryAfter", BlackBoxChecks::maintenance),
        new Check("bookBlockedInTheRegionIs451WithBlockedByLink", (h, o) -> {
          HttpResponse<String> r = h.get("books/4?region=DE");
          JsonNode p = problem(r, 451, "type", "title", "status", "detail");
          assertThat(r.headers().allValues("Link")).containsExactly(BLOCKED_BY);
          assertThat(p.get("detail").asText()).isEqualTo("This book may not be shown in DE.");
          assertThat(h.get("books/4?region=FR").statusCode()).isEqualTo(200);
        }),
        new Check("unexpectedFailureIsSafe500WithOccurrenceId", (h, o) -> {
          HttpResponse<String> r = h.get("books/3/rating");
          JsonNode p = problem(r, 500, "type", "title", "status", "instance");
          String instance = p.get("instance").asText();
          assertThat(instance).startsWith("urn:uuid:");
          UUID.fromString(instance.substring("urn:uuid:".length()));
          assertThat(r.body()).doesNotContainIgnoringCase("zero").doesNotContain("Arithmetic")
              .doesNotContain("dev.statuskit.examples");
          o.accept(instance);
        }),
        new Check("browserGetsTheHtmlErrorPage", (h, o) -> {
          HttpResponse<String> r = h.get("books/999", "Accept", BROWSER_ACCEPT);
          assertThat(r.statusCode()).isEqualTo(404);
          assertThat(mediaType(r)).isEqualTo("text/html");
          assertThat(r.body()).startsWith("<!DOCTYPE html>").contains("404").contains("There is no book 999.");
        }),
        new Check("headOnAProblemHasHeadersButNoBody", (h, o) -> {
          Wire r = Wire.exchange("HEAD", h.uri("books/999"));
          assertThat(r.status).isEqualTo(404);
          assertThat(r.fields().get("Content-Type")).containsExactly(PROBLEM_JSON);
          assertThat(r.bodyBytes()).isEmpty();
        }),
        new Check("galleryIndexListsEveryCode", (h, o) -> {
          HttpResponse<String> r = h.get("status");
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.body().lines().map(Integer::valueOf).toList()).isEqualTo(GALLERY_CODES);
        }),
        new Check("galleryCodeWithoutTypeIs404", (h, o) -> {
          JsonNode p = problem(h.get("status/299"), 404, "type", "title", "status", "detail");
          assertThat(p.get("detail").asText()).isEqualTo("StatusKit has no typed exception for status 299.");
        }));
  }

  /**
   * {@code GET} and {@code HEAD} on {@code /status/{code}} for every gallery code.
   *
   * @return the checks
   */
  public static List<Check> gallery() {
    List<Check> checks = new ArrayList<>();
    for (int code : GALLERY_CODES) {
      checks.add(new Check("galleryGet" + code, (h, o) -> galleryGet(h, code)));
      checks.add(new Check("galleryHead" + code, (h, o) -> galleryHead(h, code)));
      checks.add(new Check("galleryFramedWithOneDate" + code, (h, o) -> galleryFramed(h, code)));
    }
    return checks;
  }

  /**
   * On a kept-alive connection: the problem is a complete, framed response with exactly one
   * {@code Date} (RFC 9110 §6.6.1, §8.6), and the next request on the same connection is answered,
   * unless the problem said {@code Connection: close} and the connection ended. Regression: on
   * Payara Micro the 426 was neither framed nor closed, and no response had a Date.
   */
  private static void galleryFramed(Http h, int code) throws Exception {
    if (code == 426 && writesUpgradeUnframed(h)) {
      // Grizzly writes any response with Upgrade as a protocol switch (README, "Per-runtime
      // differences"): a client that asks to close gets the whole problem, with one Date.
      List<Pipeline.Response> closing = Pipeline.send(h.uri(""), null,
          Pipeline.request("GET", h.uri("status/426"), "Accept", PROBLEM_JSON, "Connection", "close"));
      Pipeline.Response r = closing.get(0);
      assertThat(r.status).as("%s", r).isEqualTo(426);
      assertThat(r.all("Date")).as("%s", r).hasSize(1);
      assertThat(r.all("Upgrade")).as("%s", r).containsExactly("HTTP/2.0");
      assertThat(json(r.body).get("status").asInt()).isEqualTo(426);
      return;
    }
    List<Pipeline.Response> got = Pipeline.send(h.uri(""), null,
        Pipeline.request("GET", h.uri("status/" + code), "Accept", PROBLEM_JSON),
        Pipeline.request("GET", h.uri("status")));
    assertThat(got).as("responses").isNotEmpty();
    Pipeline.Response r = got.get(0);
    assertThat(r.status).as("%s", r).isEqualTo(code);
    r.assertFramedWithOneDate("GET status/" + code);
    if (code != 304) {
      assertThat(r.framing).as("%s", r).isIn("length", "chunked");
      assertThat(json(r.body).get("status").asInt()).isEqualTo(code);
    }
    if (r.closes()) {
      assertThat(got).as("after Connection: close").hasSize(1);
    } else {
      assertThat(got).as("the next request on the same connection").hasSize(2);
      assertThat(got.get(1).status).as("%s", got.get(1)).isEqualTo(200);
    }
  }

  private static void galleryGet(Http h, int code) {
    HttpResponse<String> r = h.get("status/" + code);
    assertThat(r.statusCode()).isEqualTo(code);
    GALLERY_HEADERS.getOrDefault(code, Map.of())
        .forEach((name, value) -> assertThat(r.headers().allValues(name)).as(name).containsExactly(value));
    if (code == 304) {
      assertThat(r.body()).isEmpty();
      assertThat(r.headers().firstValue("Content-Type")).isEmpty();
      return;
    }
    if (code >= 500) {
      JsonNode p = problem(r, code, "type", "title", "status", "instance");
      assertThat(p.get("instance").asText()).startsWith("urn:uuid:");
    } else {
      problem(r, code, "type", "title", "status");
    }
  }

  /** Whether the server is Grizzly-based (Payara, GlassFish), by its {@code Server} field. */
  private static boolean writesUpgradeUnframed(Http h) {
    String server = h.get("status").headers().firstValue("Server").orElse("");
    return server.startsWith("Payara") || server.startsWith("GlassFish") || server.contains("Grizzly");
  }

  private static void galleryHead(Http h, int code) throws IOException {
    Wire r = Wire.exchange("HEAD", h.uri("status/" + code));
    assertThat(r.status).isEqualTo(code);
    Map<String, List<String>> fields = r.fields();
    GALLERY_HEADERS.getOrDefault(code, Map.of())
        .forEach((name, value) -> assertThat(fields.get(name)).as(name).containsExactly(value));
    if (code != 304) {
      assertThat(fields.get("Content-Type")).containsExactly(PROBLEM_JSON);
    }
    assertThat(r.bodyBytes()).as("HEAD body").isEmpty();
  }

  private static void knownBook(Http h, Consumer<String> o) {
    HttpResponse<String> r = h.get("books/1");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).matches("\"1-v\\d+\""));
    assertThat(json(r.body()).get("title").asText()).isEqualTo("Dune");
  }

  /** The type of the edit-conflict problem a stale PATCH gets. */
  static String problemType(Http h) {
    String id = createBook(h)[0];
    return problem(h.send("PATCH", "books/" + id, "{\"title\":\"Persuasion\",\"version\":7}",
        "Content-Type", "application/json", "Authorization", TOKEN), 409, "type", "title", "status")
        .get("type").asText();
  }

  /** Creates a book; returns its id and ETag. */
  private static String[] createBook(Http h) {
    HttpResponse<String> r = h.send("POST", "books", newBook("Emma", "Jane Austen", 1815),
        "Content-Type", "application/json", "Authorization", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = json(r.body()).get("id").asText();
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/books/" + id));
    assertThat(r.headers().firstValue("ETag")).hasValue("\"" + id + "-v1\"");
    return new String[] {id, "\"" + id + "-v1\""};
  }

  private static void rateLimit(Http h, Consumer<String> o) {
    String key = "check-" + UUID.randomUUID();
    for (int i = 0; i < RateLimiter.CAPACITY; i++) {
      HttpResponse<String> ok = h.get("books/search?q=dune", "X-Api-Key", key);
      assertThat(ok.statusCode()).as("call %d", i + 1).isEqualTo(200);
      // Every answer tells the client its policy and how many calls it has left.
      assertThat(ok.headers().allValues("RateLimit-Policy")).containsExactly("\"search\";q=5;w=60");
      assertThat(ok.headers().allValues("RateLimit")).singleElement().asString()
          .startsWith("\"search\";r=" + (RateLimiter.CAPACITY - 1 - i) + ";t=");
    }
    HttpResponse<String> r = h.get("books/search?q=dune", "X-Api-Key", key);
    JsonNode p = problem(r, 429, "type", "title", "status", "detail", "violated-policies");
    assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(r.headers().allValues("Retry-After")).singleElement()
        .satisfies(v -> assertThat(Integer.parseInt(v)).isBetween(1, RateLimiter.REFILL_SECONDS));
    // The draft's RateLimit fields: the policy, and no call left until Retry-After has passed.
    String wait = r.headers().firstValue("Retry-After").orElseThrow();
    assertThat(r.headers().allValues("RateLimit-Policy")).containsExactly("\"search\";q=5;w=60");
    assertThat(r.headers().allValues("RateLimit")).containsExactly("\"search\";r=0;t=" + wait);
    assertThat(p.get("type").asText()).isEqualTo("https://iana.org/assignments/http-problem-types#quota-exceeded");
    assertThat(p.get("violated-policies").toString()).isEqualTo("[\"search\"]");
    assertThat(p.get("detail").asText())
        .isEqualTo("Search allows 5 calls at once and one more every 12 seconds per API key.");
    // Another client still has its own calls.
    assertThat(h.get("books/search?q=dune", "X-Api-Key", key + "-other").statusCode()).isEqualTo(200);
  }

  private static void maintenance(Http h, Consumer<String> o) {
    // BearerAuthFilter refuses the call without a token; StatusKit sends the exception's challenge and detail.
    HttpResponse<String> refused = h.send("PUT", "admin/maintenance", "on", "Content-Type", "text/plain");
    JsonNode unauthenticated = problem(refused, 401, "type", "title", "status", "detail");
    assertThat(refused.headers().allValues("WWW-Authenticate")).containsExactly(BEARER_CHALLENGE);
    assertThat(unauthenticated.get("detail").asText()).isEqualTo("This operation needs a bearer token.");
    assertThat(h.send("PUT", "admin/maintenance", "on", "Content-Type", "text/plain", "Authorization", TOKEN)
        .statusCode()).isEqualTo(204);
    try {
      HttpResponse<String> r = h.get("books");
      JsonNode p = problem(r, 503, "type", "title", "status", "detail", "instance");
      assertThat(r.headers().allValues("Retry-After")).containsExactly("120");
      assertThat(p.get("detail").asText()).isEqualTo("The book store is down for maintenance.");
      assertThat(h.get("status").statusCode()).isEqualTo(200);
    } finally {
      assertThat(h.send("PUT", "admin/maintenance", "off", "Content-Type", "text/plain", "Authorization", TOKEN)
          .statusCode()).isEqualTo(204);
    }
    assertThat(h.get("books").statusCode()).isEqualTo(200);
  }

  /**
   * Asserts a problem response with the test kit (status, media type, exact members, a status
   * member equal to the status, no MUST violation of RFC 9110 / RFC 9457) and returns its body.
   */
  static JsonNode problem(HttpResponse<String> r, int status, String... members) {
    ProblemAssertions.assertThat(r).isProblem(status).hasExactlyMembers(members).hasMember("status", status)
        .isConformant();
    JsonNode p = json(r.body());
    if (p.get("type").asText().equals("about:blank")) {
      assertThat(p.get("title").asText()).isEqualTo(HttpStatus.valueOf(status).reasonPhrase());
    }
    return p;
  }

  static String mediaType(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").map(v -> v.split(";")[0].trim().toLowerCase(Locale.ROOT))
        .orElse("");
  }

  private static List<String> list(List<String> values) {
    return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
        .filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }

  static String newBook(String title, String author, int year) {
    return "{\"title\":\"" + title + "\",\"author\":\"" + author + "\",\"year\":" + year + "}";
  }
}
