package dev.statuskit.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code statuskit.*} in the Quarkus configuration reaches StatusKit, with no code. */
@QuarkusTest
@TestProfile(SettingsFromQuarkusConfigTest.ValidationStatus422.class)
class SettingsFromQuarkusConfigTest {

  /** The application with {@code statuskit.validation-status=422} in its configuration. */
  public static final class ValidationStatus422 implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("statuskit.validation-status", "422");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URI base;

  @Test
  void validationStatusFromApplicationPropertiesApplies() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("s/items/0"))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.headers().allValues("Content-Type")).containsExactly("application/problem+json");
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
    JsonNode body = JSON.readTree(r.body());
    List<String> members = new ArrayList<>();
    body.fieldNames().forEachRemaining(members::add);
    assertThat(members).containsExactlyInAnyOrder("type", "title", "status", "detail", "violations");
    assertThat(body.get("title").asText()).isEqualTo("Unprocessable Content");
    assertThat(body.get("status").asInt()).isEqualTo(422);
    assertThat(body.get("violations")).hasSize(1);
    JsonNode v = body.get("violations").get(0);
    assertThat(v.get("location").asText()).isEqualTo("path");
    assertThat(v.get("field").asText()).isEqualTo("id");
  }
}
