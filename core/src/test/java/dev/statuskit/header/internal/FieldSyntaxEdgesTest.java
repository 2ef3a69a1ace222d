package dev.statuskit.header.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Field syntax at the edges of its character ranges (SP, "~", DEL) and of quoted parameter values. */
class FieldSyntaxEdgesTest {

  @Test
  void aValidNameIsReturned() {
    assertThat(FieldSyntax.requireFieldName("X-Request-Id")).isEqualTo("X-Request-Id");
  }

  @Test
  void fieldCharactersAreHtabAndSpThroughTilde() {
    assertThat(FieldSyntax.hasOnlyFieldCharacters(" ~\tA")).isTrue();
    assertThat(FieldSyntax.hasOnlyFieldCharacters("")).isTrue();
    for (String bad : new String[] {"\u001f", "a\u007f", "\u0080", "\u00a0", "\n"}) {
      assertThat(FieldSyntax.hasOnlyFieldCharacters(bad)).as(bad).isFalse();
    }
  }

  @Test
  void theFirstOffendingCharacterIsTheOneReported() {
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireFieldValue("a b\u00e9", "X"))
        .withMessageContaining("non-ASCII character at index 3");
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireFieldValue("a~\u00e9", "X"))
        .withMessageContaining("non-ASCII character at index 2");
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireFieldValue("a \u007f", "X"))
        .withMessageContaining("control character at index 2");
  }

  @Test
  void quotingAcceptsTilde() {
    assertThat(FieldSyntax.quote("~ a", "title")).isEqualTo("\"~ a\"");
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.quote("a\u007f", "title"))
        .withMessageContaining("U+007F at index 1");
  }

  @Test
  void showKeepsSpaceAndTildeAndEscapesDel() {
    assertThat(FieldSyntax.show(" ~\u007f")).isEqualTo("\" ~\\u007F\"");
    assertThat(FieldSyntax.show("x".repeat(201))).isEqualTo("\"" + "x".repeat(200) + "...\"");
    assertThat(FieldSyntax.show("x".repeat(200))).isEqualTo("\"" + "x".repeat(200) + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain;a=\"\"", "text/plain;a=\"x\\\"y\"", "text/plain; a=b; c=\"d e\""})
  void quotedParameterValuesMayBeEmptyAndEscapeQuotes(String value) {
    assertThat(FieldSyntax.requireMediaType(value, false, "m")).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain;a=(x)", "text/plain;a=\"x\"y\"", "text/plain;a=\"", "text/plain;a=\"x"})
  void otherParameterValuesAreRejected(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireMediaType(value, false, "m"))
        .withMessageContaining("is not a media-type").withMessageContaining("RFC 9110 §8.3.1");
  }

  @Test
  void httpDatesGoUpToTheYear9999() {
    assertThat(HttpDate.format(Instant.parse("9999-12-31T23:59:59Z"))).isEqualTo("Fri, 31 Dec 9999 23:59:59 GMT");
    assertThatIllegalArgumentException().isThrownBy(() -> HttpDate.format(Instant.parse("+10000-01-01T00:00:00Z")))
        .withMessageContaining("year = 4DIGIT");
  }
}
