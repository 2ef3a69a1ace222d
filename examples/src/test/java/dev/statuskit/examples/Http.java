package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
import java.util.TreeSet;

/** A small HTTP client for the black-box checks: {@link HttpClient}, and a raw socket for HEAD. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PROBLEM_JSON = "application/problem+json";

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      // HTTP/1.1 only: the default (HTTP/2) sends "Upgrade: h2c" on cleartext requests, which servers treat differently.
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private final URI base;

  Http(URI base) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
  }

  URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(request(path).headers(pairs(headers)).GET());
  }

  HttpResponse<String> send(String method, String path, String body, String... headers) {
    return send(request(path).headers(pairs(headers)).method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
    return send(request(path).headers(pairs(headers)).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static String[] pairs(String... headers) {
    // HttpRequest.Builder.headers() rejects an empty array.
    return headers.length == 0 ? new String[] {"Accept", "*/*"} : headers;
  }

  /** A raw HTTP/1.1 exchange, so that what follows the header section is seen as sent. */
  RawResponse raw(String method, String path, String... headers) {
    URI target = uri(path);
    int port = target.getPort() == -1 ? 80 : target.getPort();
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(target.getRawPath())
        .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(" HTTP/1.1\r\n")
        .append("Host: ").append(target.getHost()).append(':').append(port).append("\r\n")
        .append("Connection: close\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket(target.getHost(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(all);
      return RawResponse.parse(all.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A response read from a socket. */
  record RawResponse(int status, Map<String, List<String>> headers, byte[] rest) {

    static RawResponse parse(byte[] bytes) {
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      assertThat(end).as("end of the header section in %s", text).isPositive();
      String[] lines = text.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
      byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
      return new RawResponse(status, headers, rest);
    }

    List<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  static Set<String> members(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      names.add(it.next());
    }
    return names;
  }
}
