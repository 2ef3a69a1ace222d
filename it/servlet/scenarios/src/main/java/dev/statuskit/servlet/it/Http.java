package dev.statuskit.servlet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The test client: java.net.http for ordinary requests, a raw socket where HttpClient hides bytes. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  /** A response as received: status, header fields (names lower case) and body. */
  record Reply(int status, Map<String, List<String>> headers, String body) {

    Optional<String> header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    /** Every field line of a field, in order. */
    List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** {@code Content-Type} without spaces and in lower case (media types and charsets are case-insensitive). */
    String contentType() {
      return header("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    Set<String> members() throws IOException {
      Set<String> names = new TreeSet<>();
      Iterator<String> it = json().fieldNames();
      it.forEachRemaining(names::add);
      return names;
    }
  }

  static Reply send(String method, URI uri, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Map<String, List<String>> h = new LinkedHashMap<>();
    r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
    return new Reply(r.statusCode(), h, r.body());
  }

  static Reply get(URI uri, String... headers) throws IOException, InterruptedException {
    return send("GET", uri, headers);
  }

  /**
   * Sends a request over a plain socket with {@code Connection: close} and reads to the end of the
   * stream, so that every byte the server sent (or did not send) is seen.
   */
  static Reply raw(String method, URI uri) throws IOException {
    return raw(method, uri, true);
  }

  /**
   * Like {@link #raw(String, URI)}; with {@code close} false the request does not ask to close the
   * connection (which would make the server answer {@code Connection: close}), and the response
   * ends after {@code Content-Length} bytes.
   */
  static Reply raw(String method, URI uri, boolean close) throws IOException {
    return raw(method, uri, close, new String[0]);
  }

  /** Like {@link #raw(String, URI, boolean)}, with header field lines ({@code "Accept-Language: de"}). */
  static Reply raw(String method, URI uri, boolean close, String... fieldLines) throws IOException {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String request = method + " " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
          + (close ? "\r\nConnection: close" : "") + (fieldLines.length == 0 ? "" : "\r\n" + String.join("\r\n", fieldLines))
          + "\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) != -1; ) {
          all.write(buf, 0, n);
          if (!close && complete(all.toString(StandardCharsets.ISO_8859_1))) {
            break;
          }
        }
      } catch (IOException reset) {
        // An aborted connection ends the response too; what arrived is what counts.
      }
      return parse(all.toString(StandardCharsets.ISO_8859_1));
    }
  }

  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    Reply head = parse(text.substring(0, end + 4));
    int length = Integer.parseInt(head.header("Content-Length").orElse("0"));
    return text.length() - end - 4 >= length;
  }

  private static Reply parse(String text) {
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> h = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      h.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    return new Reply(status, h, body);
  }
}
