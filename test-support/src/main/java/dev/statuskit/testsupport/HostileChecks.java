package dev.statuskit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * The checks the hostile-input suites of both adapters make on every problem body: it parses in
 * its representation, and carries none of the markers of leaked internals.
 */
public final class HostileChecks {

  /** The representations every hostile case is requested in. */
  public static final List<String> ACCEPTS = List.of("application/problem+json", "application/problem+xml",
      "text/html", "text/plain");

  /** Lower-case prefixes of the header fields the injection cases try to set. */
  public static final List<String> REFUSED_FIELDS = List.of("x-note", "x-a", "allow", "link", "retry-after",
      "www-authenticate");

  private static final ObjectMapper JSON = new ObjectMapper();

  private HostileChecks() {}

  /**
   * What a 5xx body must never contain: class names, frames, SQL, paths, and the suite's secret.
   *
   * @param secret the marker the suite puts into exception messages
   * @return the markers
   */
  public static List<String> markers(String secret) {
    return List.of("Exception", "at java.", "at dev.", "Caused by:", ".java:", "SELECT ", "/home/", secret, "password");
  }

  /** One request of a load round: sends a request of a kind, carrying a marker, and checks its answer. */
  @FunctionalInterface
  public interface LoadRequest {
    /**
     * Sends and checks one request.
     *
     * @param kind the endpoint, one of the round's kinds
     * @param marker this request's own marker, {@code m} and 32 hex digits
     * @throws Exception if the request fails or its answer is wrong
     */
    void send(String kind, String marker) throws Exception;
  }

  private static final Pattern LOAD_MARKER = Pattern.compile("m[0-9a-f]{32}");

  /**
   * A round of concurrent requests: each thread sends its share, cycling through the kinds, each
   * request with a fresh marker, so that an answer carrying another request's marker shows that
   * responses mixed.
   *
   * @param threads how many threads send at once
   * @param perThread how many requests each thread sends
   * @param kinds the endpoints to cycle through
   * @param request sends one request and checks its answer
   * @throws Exception the first failure of any request
   */
  public static void loadRound(int threads, int perThread, List<String> kinds, LoadRequest request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        all.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            String marker = "m" + UUID.randomUUID().toString().replace("-", "");
            request.send(kinds.get((thread + i) % kinds.size()), marker);
          }
          return null;
        }));
      }
      for (Future<?> f : all) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Every load marker in a response's header fields and body is its own request's.
   *
   * @param everything the header fields and the body, as text
   * @param marker the request's marker
   */
  public static void assertOnlyItsMarker(String everything, String marker) {
    Matcher m = LOAD_MARKER.matcher(everything);
    while (m.find()) {
      assertThat(m.group()).as("only this request's marker").isEqualTo(marker);
    }
  }

  /**
   * Used heap after a few collections, for bounded before/after comparisons (never a timing).
   *
   * @return bytes in use
   * @throws InterruptedException if interrupted between collections
   */
  public static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * The answer to a header injection is one safe 500: a single response, none of the {@link
   * #REFUSED_FIELDS} nor any other field the exception carried, a JSON problem of exactly {@code type}
   * ({@code about:blank}), {@code title} ({@code Internal Server Error}), {@code status} (500) and a
   * {@code urn:uuid:} {@code instance}, free of every leak marker.
   *
   * @param w the exchange, asked for {@code application/problem+json}
   * @param markers what the body must not contain
   * @throws Exception if the body cannot be parsed
   */
  public static void assertRefusedInjection(Wire w, List<String> markers) throws Exception {
    w.assertSingleResponse();
    assertThat(w.status).as(w.raw).isEqualTo(500);
    // None of the refused header fields, nor any other field the exception carried, reaches the 500.
    assertThat(w.headerLines).as(w.raw).noneMatch(l -> REFUSED_FIELDS.stream()
        .anyMatch(l.toLowerCase(Locale.ROOT)::startsWith));
    assertThat(w.header("Content-Type")).as(w.raw).startsWith("application/problem+json");
    assertSafe(w.body, "application/problem+json", markers);
    JsonNode json = JSON.readTree(w.body);
    assertThat(json.fieldNames()).toIterable().as(w.body)
        .containsExactlyInAnyOrder("type", "title", "status", "instance");
    assertThat(json.get("type").asText()).isEqualTo("about:blank");
    assertThat(json.get("title").asText()).isEqualTo("Internal Server Error");
    assertThat(json.get("status").asInt()).isEqualTo(500);
    assertThat(json.get("instance").asText()).startsWith("urn:uuid:");
  }

  /**
   * Well-formed in its representation and free of every leak marker.
   *
   * @param body the body
   * @param accept the media type it was asked for
   * @param markers what it must not contain
   * @throws Exception if it cannot be parsed
   */
  public static void assertSafe(String body, String accept, List<String> markers) throws Exception {
    parse(body, accept);
    for (String marker : markers) {
      assertThat(body).as("body must not contain " + marker).doesNotContain(marker);
    }
  }

  /**
   * Parses a body in its representation: JSON, XML, the HTML page (as XML), or text without control
   * characters.
   *
   * @param body the body
   * @param accept the media type it was asked for
   * @throws Exception if it cannot be parsed
   */
  public static void parse(String body, String accept) throws Exception {
    switch (accept) {
      case "application/problem+json" -> assertThat(JSON.readTree(body).isObject()).as(body).isTrue();
      case "application/problem+xml", "text/html" -> {
        Document d = xml(body);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo(accept.equals("text/html") ? "html" : "problem");
      }
      default -> assertThat(body.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t')).isEmpty();
    }
  }

  /**
   * The JDK's XML parser, strict: the HTML page is polyglot markup, so it must parse as XML too.
   *
   * @param text the document
   * @return the parsed document
   * @throws Exception if it is not well-formed
   */
  public static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
