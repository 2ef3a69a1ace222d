package dev.statuskit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.LogRecord;
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
   * The answer to {@link Hostile#HOSTILE} as detail and extensions, in one representation: a 429 of that
   * media type, well-formed, free of NUL and ESC, the markup escaped in the page, and in JSON the text
   * itself in {@code detail}, {@code note}, {@code list[0]} and {@code map.k} (lone surrogates replaced).
   *
   * @param status the status code
   * @param contentType the Content-Type field, or the empty string
   * @param body the body
   * @param accept the media type it was asked for
   * @throws Exception if the body cannot be parsed
   */
  public static void assertHostileText(int status, String contentType, String body, String accept) throws Exception {
    assertThat(status).isEqualTo(429);
    assertThat(contentType).startsWith(accept);
    parse(body, accept);
    assertThat(body).doesNotContain("\u0000", "\u001b");
    if (accept.equals("text/html")) {
      assertThat(body).doesNotContain("<script", "</script", "<!--").contains("&lt;/script&gt;");
    }
    if (accept.equals("application/problem+json")) {
      JsonNode json = JSON.readTree(body);
      String expected = Hostile.HOSTILE.replace("\ud800", "\ufffd").replace("\udc00", "\ufffd");
      assertThat(json.get("detail").asText()).isEqualTo(expected);
      assertThat(json.get("note").asText()).isEqualTo(expected);
      assertThat(json.get("list").get(0).asText()).isEqualTo(expected);
      assertThat(json.get("map").get("k").asText()).isEqualTo(expected);
    }
  }

  /**
   * The answer to a megabyte detail, in one representation: a well-formed 429 cut to the default
   * limit, in JSON a detail of exactly 4096 characters ending with an ellipsis.
   *
   * @param status the status code
   * @param body the body
   * @param accept the media type it was asked for
   * @throws Exception if the body cannot be parsed
   */
  public static void assertDetailCutToTheDefaultLimit(int status, String body, String accept) throws Exception {
    assertThat(status).isEqualTo(429);
    parse(body, accept);
    assertThat(body.length()).isLessThan(4096 + 3000);
    if (accept.equals("application/problem+json")) {
      assertThat(JSON.readTree(body).get("detail").asText()).hasSize(4096).endsWith("\u2026");
    }
  }

  /** Something a check runs that may throw, such as a request. */
  @FunctionalInterface
  public interface Step {
    /**
     * Runs the step.
     *
     * @throws Exception if it fails
     */
    void run() throws Exception;
  }

  /**
   * Sends {@code GET} for an endpoint that streams for a long time ({@code slow}), reads the first bytes,
   * and resets the connection; then waits until the application noticed, and a moment for the log record
   * that may follow.
   *
   * @param slow the endpoint
   * @throws Exception if the application did not notice within 20 seconds
   */
  public static void disconnectMidResponse(URI slow) throws Exception {
    Hostile.STREAM_DONE.set(new CountDownLatch(1));
    try (Socket s = new Socket(slow.getHost(), slow.getPort())) {
      s.getOutputStream().write(("GET " + slow.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      s.getInputStream().readNBytes(16);
      s.setSoLinger(true, 0); // reset, not a graceful close
    }
    assertThat(Hostile.STREAM_DONE.get().await(20, TimeUnit.SECONDS)).as("the application noticed").isTrue();
    Thread.sleep(50); // let the filter finish its logging after the application returned
  }

  /**
   * Sends {@code GET} for an endpoint that fails half-way through its body ({@code stream-fail}): one
   * response comes back, the 200 the endpoint began, with the first half of its body; and the endpoint
   * returned within 10 seconds.
   *
   * @param streamFail the endpoint
   * @param accept the Accept field
   * @return the exchange, for the checks of the runtime
   * @throws Exception if the exchange fails
   */
  public static Wire streamThatFailsHalfWay(URI streamFail, String accept) throws Exception {
    Hostile.STREAM_DONE.set(new CountDownLatch(1));
    Wire w = Wire.get(streamFail, accept);
    w.assertSingleResponse();
    assertThat(w.status).isEqualTo(200);
    assertThat(w.body).startsWith("first-half");
    assertThat(Hostile.STREAM_DONE.get().await(10, TimeUnit.SECONDS)).as("the endpoint returned").isTrue();
    return w;
  }

  /**
   * Ten aborted requests after a warm-up one: each leaves at most one StatusKit log record, and the
   * thread count grows by at most ten.
   *
   * @param disconnect sends one request and aborts it
   * @param log the capture to clear before each request
   * @param records StatusKit's records of the request since the capture was cleared
   * @throws Exception if a request fails
   */
  public static void assertAbortedRequestsLeakNoThread(Step disconnect, LogCapture log,
      Supplier<List<LogRecord>> records) throws Exception {
    disconnect.run(); // warm the pools up
    Thread.sleep(200);
    int before = Thread.activeCount();
    for (int i = 0; i < 10; i++) {
      log.clear();
      disconnect.run();
      assertThat(records.get()).as("StatusKit records of one aborted request").hasSizeLessThanOrEqualTo(1);
    }
    assertThat(Thread.activeCount()).as("threads after 10 aborted requests").isLessThanOrEqualTo(before + 10);
  }

  /**
   * A warm-up load round, then a second one: the used heap after the second stays within 64 MiB of the
   * heap after the first.
   *
   * @param round one round of concurrent requests, such as a {@link #loadRound}
   * @throws Exception if a request fails
   */
  public static void assertHeapStaysBounded(Step round) throws Exception {
    round.run(); // warm-up round
    long first = usedHeapAfterGc();
    round.run();
    long second = usedHeapAfterGc();
    assertThat(second).as("used heap after the second round").isLessThan(first + 64L * 1024 * 1024);
  }

  /**
   * An answer StatusKit wrote in the representation asked for: the status, a Content-Type of that
   * media type (not the container's page), a well-formed body free of every leak marker.
   *
   * @param expected the status it must have
   * @param status the status code
   * @param contentType the Content-Type field, or the empty string
   * @param body the body
   * @param accept the media type it was asked for
   * @param markers what the body must not contain
   * @throws Exception if the body cannot be parsed
   */
  public static void assertSafeAnswer(int expected, int status, String contentType, String body, String accept,
      List<String> markers) throws Exception {
    assertThat(status).as("%s: %s", accept, body).isEqualTo(expected);
    assertThat(contentType).as("StatusKit's body, not the container's page").startsWith(accept);
    assertSafe(body, accept, markers);
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
