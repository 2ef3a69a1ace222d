package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing of WWW-Authenticate lists at the edges RFC 9110 §11.6.1 and §5.6.1 allow: BWS, empty elements, ends. */
class ChallengeListEdgesTest {

  @Test
  void aSchemeAloneAndAToken68AtTheEndAreChallenges() {
    assertThat(Challenge.parse("Basic")).isEqualTo(Challenge.of("Basic"));
    Challenge negotiate = Challenge.parse("Negotiate abc");
    assertThat(negotiate.token68()).hasValue("abc");
    assertThat(Challenge.parse("Negotiate abc==").token68()).hasValue("abc==");
    assertThat(Challenge.of("Basic").token68()).isEmpty();
    assertThat(Challenge.of("Negotiate").value()).isEqualTo("Negotiate");
  }

  @Test
  void token68MayEndInPaddingBeforeSpacesAndAComma() {
    assertThat(Challenge.parseAll("Negotiate abc== , Basic realm=\"x\"")).extracting(Challenge::value)
        .containsExactly("Negotiate abc==", "Basic realm=\"x\"");
    assertThat(Challenge.parseAll("Negotiate abc, Basic")).extracting(Challenge::value)
        .containsExactly("Negotiate abc", "Basic");
  }

  @Test
  void token68AcceptsEveryAlphabetBoundaryCharacter() {
    assertThat(Challenge.token68("X", "aAzZ09-._~+/==").token68()).hasValue("aAzZ09-._~+/==");
    for (String bad : new String[] {"=abc", "", "a`", "a{", "a@", "a[", "a:", "a=b"}) {
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Challenge.token68("X", bad))
          .withMessageContaining("token68").withMessageContaining("RFC 9110 §11.2");
    }
  }

  @Test
  void parametersMayHaveWhitespaceAroundTheEqualsSign() {
    assertThat(Challenge.parse("Basic realm = \"x\" , charset = UTF-8"))
        .isEqualTo(Challenge.basic("x").param("charset", "UTF-8"));
  }

  @Test
  void emptyListElementsAndATrailingCommaAreSkipped() {
    assertThat(Challenge.parseAll(" , Basic realm=\"x\", , charset=UTF-8")).containsExactly(
        Challenge.basic("x").param("charset", "UTF-8"));
    assertThat(Challenge.parseAll("Basic realm=\"x\",,")).containsExactly(Challenge.basic("x"));
    assertThat(Challenge.parseAll("Basic realm=\"x\", ")).containsExactly(Challenge.basic("x"));
  }

  @Test
  void aSchemeAfterParametersStartsTheNextChallenge() {
    assertThat(Challenge.parseAll("Basic realm=\"x\", Bearer")).isEqualTo(List.of(Challenge.basic("x"), Challenge.of("Bearer")));
  }

  @Test
  void aSchemeWithOneTokenEndingInEqualsSignsIsAToken68() {
    assertThat(Challenge.parse("Basic realm=").token68()).hasValue("realm=");
  }

  @Test
  void truncatedInputIsAMalformedListNotAnIndexError() {
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.parseAll("Basic realm=x, charset="))
        .withMessageContaining("auth-param value expected").withMessageContaining("RFC 9110 §11.6.1");
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.parseAll("Basic realm=\"x\\"))
        .withMessageContaining("unterminated quoted-string");
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.parseAll("Basic=abc"))
        .withMessageContaining("auth-scheme expected at index 5");
  }

  @Test
  void challengesAreEqualByValue() {
    Challenge c = Challenge.bearer("api");
    assertThat(c).isEqualTo(Challenge.parse("Bearer realm=\"api\"")).hasSameHashCodeAs(Challenge.parse("Bearer realm=\"api\""))
        .isNotEqualTo(Challenge.bearer("other")).isNotEqualTo(Challenge.basic("api")).hasToString("Bearer realm=\"api\"");
  }
}
