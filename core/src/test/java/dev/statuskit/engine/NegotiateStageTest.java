package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.NotFoundException;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.spi.ProblemEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The negotiate stage's header fields in each case: own or other media type, Vary absent, partial or
 * covering, localized or not.
 */
class NegotiateStageTest {

  private final ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).cdi(false).build();

  private ProblemEvent handle(String vary, Map<String, String> request) {
    NotFoundException e = new NotFoundException();
    if (vary != null) {
      e.header("Vary", vary);
    }
    return engine.handle(e, ProblemEngine.Request.of("GET", "/", request));
  }

  private static Map<String, List<String>> fields(String... nameValue) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      m.computeIfAbsent(nameValue[i], k -> new java.util.ArrayList<>()).add(nameValue[i + 1]);
    }
    return m;
  }

  @Test
  void anotherMediaTypeOfTheRepresentationIsSentWithVaryAccept() {
    ProblemEvent r = handle(null, Map.of("Accept", "application/problem+json;q=0, application/json"));

    assertThat(r.mediaType()).hasValue(ProblemMediaType.JSON);
    assertThat(r.headers().asMap()).containsExactlyEntriesOf(fields("Vary", "Accept", "Content-Type",
        "application/json"));
    assertThat(new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
  }

  @Test
  void anotherMediaTypeOfALocalizedProblemVariesOnBothFields() {
    ProblemEvent r = handle(null, Map.of("Accept", "application/problem+xml;q=0, application/xml",
        "Accept-Language", "fr"));

    assertThat(r.headers().asMap()).containsExactlyEntriesOf(fields("Content-Language", "fr",
        "Vary", "Accept, Accept-Language", "Content-Type", "application/xml"));
  }

  @Test
  void aVaryOfOtherFieldsStaysAndOursIsALineOfItsOwn() {
    assertThat(handle("Origin", Map.of()).headers().asMap()).containsExactlyEntriesOf(fields("Vary", "Origin",
        "Vary", "Accept", "Content-Type", "application/problem+json"));
    assertThat(handle("Origin", Map.of("Accept-Language", "de")).headers().asMap()).containsExactlyEntriesOf(
        fields("Vary", "Origin", "Content-Language", "de", "Vary", "Accept, Accept-Language", "Content-Type",
            "application/problem+json"));
  }

  @Test
  void aVaryThatCoversAcceptGetsOnlyAcceptLanguageAndOneThatIsStarNothing() {
    assertThat(handle("accept", Map.of("Accept-Language", "de")).headers().all("Vary"))
        .containsExactly("accept", "Accept-Language");
    assertThat(handle("Accept, Accept-Language", Map.of("Accept-Language", "de")).headers().all("Vary"))
        .containsExactly("Accept, Accept-Language");
    assertThat(handle("*", Map.of("Accept-Language", "de", "Accept", "text/plain")).headers().asMap())
        .containsExactlyEntriesOf(fields("Vary", "*", "Content-Language", "de", "Content-Type",
            "text/plain;charset=UTF-8"));
  }
}
