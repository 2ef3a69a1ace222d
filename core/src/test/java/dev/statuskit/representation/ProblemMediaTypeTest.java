package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Media types of the representations, and the value writers found by {@link java.util.ServiceLoader}. */
class ProblemMediaTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "application/problem+json                  | JSON",
      "Application/Problem+JSON; charset=UTF-8   | JSON",
      "application/json                          | JSON",
      "application/problem+xml                   | XML",
      "application/xml                           | XML",
      "text/xml;charset=utf-8                    | XML",
      "text/html;charset=UTF-8                   | HTML",
      "application/xhtml+xml                     | HTML",
      "text/plain                                | TEXT",
      "image/png                                 | none",
      "application/problem+jsonx                 | none",
      "''                                        | none",
  })
  void namesTheRepresentationOfAContentType(String contentType, ProblemMediaType expected) {
    assertThat(ProblemMediaType.fromContentType(contentType)).isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @Test
  void everyContentTypeNamesItsOwnRepresentation() {
    for (ProblemMediaType t : ProblemMediaType.values()) {
      assertThat(ProblemMediaType.fromContentType(t.contentType())).contains(t);
    }
    assertThat(ProblemMediaType.fromContentType(null)).isEmpty();
  }

  @Test
  void defaultsUsesValueWritersFoundByTheServiceLoader() {
    Problem p = Problem.builder().extension("outside", new ServiceLoadedValueWriter.Temperature(21.5)).build();

    assertThat(ProblemWriter.defaults().valueWriters()).hasAtLeastOneElementOfType(ServiceLoadedValueWriter.class);
    assertThat(new String(ProblemWriter.defaults().toBytes(p, ProblemMediaType.JSON), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"about:blank\",\"outside\":{\"celsius\":21.5}}");
  }
}
