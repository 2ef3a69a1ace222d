package dev.statuskit.servlet.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.test.ProblemAssertions;
import dev.statuskit.test.ProblemResponseAssert;
import dev.statuskit.testsupport.Pipeline;
import dev.statuskit.testsupport.Wire;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's view of a response: from the JDK's {@code HttpClient} for ordinary requests, from
 * test-support's raw-socket clients where {@code HttpClient} hides bytes or header fields.
 */
public final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  /** A response as received: status, header fields (names lower case) and body. */
  public record Reply(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    /** Every field line of a field, in order. */
    public List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** {@code Content-Type} without spaces and in lower case (media types and charsets are case-insensitive). */
    public String contentType() {
      return header("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    public JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    /** The test kit's assertion on this reply (status, header fields, members of the problem). */
    public ProblemResponseAssert problem() {
      return ProblemAssertions.assertThatResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  public static Reply send(String method, URI uri, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), lowerCase(r.headers().map()), r.body());
  }

  public static Reply get(URI uri, String... headers) throws IOException, InterruptedException {
    return send("GET", uri, headers);
  }

  /**
   * Sends a request over a plain socket with {@code Connection: close} and reads to the end of the
   * stream (test-support's {@link Wire}), so that every byte the server sent (or did not send) is
   * seen; the body's bytes are read as ISO-8859-1, one character a byte.
   *
   * @param fields header field names and values, alternating
   */
  public static Reply raw(String method, URI uri, String... fields) throws IOException {
    Wire w = Wire.exchange(method, uri, fields);
    return new Reply(w.status, lowerCase(w.fields()), new String(w.bodyBytes(), StandardCharsets.ISO_8859_1));
  }

  /**
   * Like {@link #raw}, but on a connection kept open (test-support's {@link Pipeline}): the request
   * does not ask to close it, which would make the server answer {@code Connection: close}.
   */
  public static Reply keptOpen(String method, URI uri) throws IOException {
    Pipeline.Response p = Pipeline.send(uri, new boolean[] {method.equals("HEAD")}, Pipeline.request(method, uri))
        .get(0);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String line : p.headerLines) {
      String name = line.substring(0, line.indexOf(':')).strip();
      fields.putIfAbsent(name.toLowerCase(Locale.ROOT), p.all(name));
    }
    return new Reply(p.status, fields, p.body);
  }

  private static Map<String, List<String>> lowerCase(Map<String, List<String>> fields) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    fields.forEach((k, v) -> h.computeIfAbsent(k.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(v));
    return h;
  }
}
