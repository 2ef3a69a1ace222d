package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ProblemMediaType;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemBodyWriterTest {

  @ParameterizedTest
  @CsvSource({
      "application, problem+json, JSON",
      "application, json, JSON",
      "application, problem+xml, XML",
      "application, xml, XML",
      "text, html, HTML",
      "text, plain, TEXT",
      "image, png, JSON",
      "text, xml, XML",
      "application, xhtml+xml, HTML",
      "application, vnd.example+xml, XML",
      "APPLICATION, PROBLEM+JSON, JSON",
  })
  void representationFollowsTheContentType(String type, String subtype, ProblemMediaType expected) {
    assertThat(ProblemBodyWriter.representation(new MediaType(type, subtype))).isEqualTo(expected);
  }
}
