package dev.statuskit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.ProblemMediaType;
import org.junit.jupiter.api.Test;

class ProblemResponderTest {

  @Test
  void asciiJsonEscapesEveryNonAsciiCharacterAndStaysTheSameJson() throws Exception {
    String json = "{\"detail\":\"f\u00fcr \u201e42\u201c \ud83d\ude00\"}";
    String ascii = ProblemResponder.ascii(json, ProblemMediaType.JSON);
    assertThat(ascii.chars()).allMatch(c -> c < 0x80);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(ascii)).isEqualTo(mapper.readTree(json));
  }

  @Test
  void asciiMarkupUsesOneCharacterReferencePerCodePoint() {
    assertThat(ProblemResponder.ascii("<detail>f\u00fcr \ud83d\ude00</detail>", ProblemMediaType.XML))
        .isEqualTo("<detail>f&#xfc;r &#x1f600;</detail>");
    assertThat(ProblemResponder.ascii("<p>\u2026</p>", ProblemMediaType.HTML)).isEqualTo("<p>&#x2026;</p>");
  }

  @Test
  void asciiLeavesTextAndPureAsciiAlone() {
    assertThat(ProblemResponder.ascii("f\u00fcr", ProblemMediaType.TEXT)).isEqualTo("f\u00fcr");
    String plain = "{\"a\":1}";
    assertThat(ProblemResponder.ascii(plain, ProblemMediaType.JSON)).isSameAs(plain);
  }
}
