package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.test.ConformanceChecked;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation and unreadable JSON, on every runtime: 400 (or the configured 422) with the
 * violations located in the body, query or path, and no parser internals in the body.
 * Every problem response is checked for the whole wire contract through the test kit
 * ({@link RuntimeScenarios#assertProblem}); every response the suite's client receives is checked
 * against RFC 9110 and RFC 9457 ({@link ConformanceChecked}).
 */
@ConformanceChecked
public abstract class ValidationScenarios extends RuntimeScenarios {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNREADABLE =
      "The request content is not valid JSON or does not match the expected structure.";

  @Test
  void invalidRequestGets400WithViolations() throws Exception {
    HttpResponse<String> r = post("s/orders?limit=0", "application/json", "{\"sku\":\"\",\"quantity\":0}");
    assertProblem(r, 400, "type", "title", "status", "detail", "violations");
    JsonNode violations = JSON.readTree(r.body()).get("violations");
    assertThat(located(violations)).containsExactly("body:quantity", "body:sku", "query:limit");
    for (JsonNode v : violations) {
      boolean inBody = v.get("location").asText().equals("body");
      assertThat(fieldNames(v)).containsExactlyElementsOf(
          inBody ? List.of("field", "location", "pointer", "message") : List.of("field", "location", "message"));
      assertThat(v.get("message").asText()).isNotBlank();
      if (inBody) {
        assertThat(v.get("pointer").asText()).isEqualTo("/" + v.get("field").asText()); // RFC 6901
      }
    }
  }

  @Test
  void invalidPathParameterIsLocatedInThePath() throws Exception {
    HttpResponse<String> r = get("s/items/0");
    assertProblem(r, 400, "type", "title", "status", "detail", "violations");
    assertThat(located(JSON.readTree(r.body()).get("violations"))).containsExactly("path:id");
  }

  @Test
  void validationStatusCanBe422() throws Exception {
    try (Harness.Running other = startConfiguredScenarioResources(Map.of("statuskit.validation-status", "422"))) {
      HttpResponse<String> r = get(other, "s/items/0");
      assertUnfilteredProblem(r, 422, "type", "title", "status", "detail", "violations");
      assertThat(located(JSON.readTree(r.body()).get("violations"))).containsExactly("path:id");
    }
  }

  @Test
  void malformedJsonIs400WithoutParserInternals() throws Exception {
    HttpResponse<String> r = post("s/orders", "application/json", "{\"sku\": nope");
    assertProblem(r, 400, "type", "title", "status", "detail").hasDetail(UNREADABLE);
  }

  @Test
  void mistypedJsonIs400WithoutParserInternals() throws Exception {
    HttpResponse<String> r = post("s/orders", "application/json", "{\"sku\":\"a\",\"quantity\":\"many\"}");
    assertProblem(r, 400, "type", "title", "status", "detail").hasDetail(UNREADABLE);
    assertThat(r.body()).doesNotContain("many").doesNotContain("Order").doesNotContain("int");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Each violation as location:field, in order. */
  private static List<String> located(JsonNode violations) {
    List<String> out = new ArrayList<>();
    violations.forEach(v -> out.add(v.get("location").asText() + ":" + v.get("field").asText()));
    return out;
  }
}
