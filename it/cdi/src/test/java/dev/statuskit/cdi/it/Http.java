package dev.statuskit.cdi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A real HTTP client and a real JSON parser for the wire contract. */
final class Http {

  /**
   * HTTP/1.1: the default HTTP/2 client sends {@code Upgrade: h2c} on plain http, and Grizzly 4.0.2
   * then drops {@code Content-Type} from every response, successful or not (seen here with raw sockets).
   */
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Status, {@code Content-Type: application/problem+json}, and the body parsed; members are checked by the caller. */
  static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).as("status: %s %s", r.headers().map(), r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).as("Content-Type: %s %s", r.headers().map(), r.body())
        .hasValue("application/problem+json");
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    return body;
  }

  static List<String> members(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
