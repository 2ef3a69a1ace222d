package dev.statuskit.servlet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reactor's WAR, deployed by the container's own deployment API: StatusKit must be active only
 * because its jar is in {@code WEB-INF/lib} (web fragment {@code statuskit}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WarScenarios {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private URI base;

  /** Deploys the WAR on 127.0.0.1 with an ephemeral port and returns the base URI. */
  abstract URI deploy(Path war) throws Exception;

  abstract void undeploy() throws Exception;

  @BeforeAll
  void start() throws Exception {
    Path war = Path.of(System.getProperty("it.war"));
    assertThat(war).exists();
    base = deploy(war);
  }

  @AfterAll
  void stop() throws Exception {
    undeploy();
    for (Path dir : TEMP) {
      delete(dir);
    }
    TEMP.clear();
  }

  private static final java.util.List<Path> TEMP = new java.util.concurrent.CopyOnWriteArrayList<>();

  static void delete(Path dir) throws java.io.IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  HttpResponse<String> send(String method, String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  static Set<String> members(JsonNode node) {
    Set<String> names = new TreeSet<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("Accept"));
    JsonNode json = JSON.readTree(r.body());
    assertThat(json.get("status").asInt()).isEqualTo(status);
    return json;
  }

  @Test
  void statusKitComesOnlyFromTheWar() {
    assertThatThrownBy(() -> Class.forName("dev.statuskit.servlet.ProblemFilter"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void applicationStillWorks() throws Exception {
    HttpResponse<String> r = send("GET", "/orders/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("orders");
  }

  @Test
  void thrownStatusKitExceptionIsAProblemWithItsHeaders() throws Exception {
    HttpResponse<String> r = send("GET", "/orders/busy");
    JsonNode json = problem(r, 429);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(members(json)).containsExactlyInAnyOrder("type", "title", "status", "detail");
  }

  @Test
  void unknownExceptionIsASafeInternalServerError() throws Exception {
    HttpResponse<String> r = send("GET", "/orders/broken");
    JsonNode json = problem(r, 500);
    assertThat(members(json)).containsExactlyInAnyOrder("type", "title", "status", "instance");
    assertThat(r.body()).doesNotContain("db-7", "IllegalStateException");
  }

  @Test
  void sendErrorIsAProblem() throws Exception {
    JsonNode json = problem(send("GET", "/orders/missing"), 404);
    assertThat(json.get("detail").asText()).isEqualTo("No order missing.");
  }

  @Test
  void unmappedPathIsAProblem() throws Exception {
    JsonNode json = problem(send("GET", "/no/such/path"), 404);
    assertThat(members(json)).containsExactlyInAnyOrder("type", "title", "status");
  }

  @Test
  void wrongMethodIsAProblemWithAllow() throws Exception {
    HttpResponse<String> r = send("DELETE", "/orders/1");
    problem(r, 405);
    assertThat(r.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
  }

  /** Each problem carries exactly one Date (the container's; RFC 9110 §6.6.1) and the length of its body. */
  @Test
  void everyProblemCarriesOneDateAndItsLength() throws Exception {
    for (String path : java.util.List.of("/orders/busy", "/orders/broken", "/orders/missing", "/no/such/path")) {
      HttpResponse<String> r = send("GET", path);
      assertThat(r.headers().allValues("Date")).as("Date of %s", path).hasSize(1);
      assertThat(r.headers().allValues("Content-Length")).as("Content-Length of %s", path)
          .containsExactly(Integer.toString(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }
  }

  /** A temporary directory, deleted after the class. */
  static Path tempDir(String prefix) throws Exception {
    Path dir = Files.createTempDirectory(prefix);
    TEMP.add(dir);
    return dir;
  }
}
