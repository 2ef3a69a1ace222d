package dev.statuskit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** A small HTTP client for the black-box checks, on {@link HttpClient}. */
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
