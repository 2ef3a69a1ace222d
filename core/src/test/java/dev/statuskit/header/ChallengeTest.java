package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChallengeTest {

  @Test
  void realmIsAlwaysQuoted() {
    assertThat(Challenge.basic("api").value()).isEqualTo("Basic realm=\"api\"");
    assertThat(Challenge.of("Newauth").realm("simple").value()).isEqualTo("Newauth realm=\"simple\"");
  }

  @Test
  void tokenValuesStayTokensAndOthersAreQuotedWithEscapes() {
    Challenge c = Challenge.bearer("orders").param("error", "invalid_token")
        .param("error_description", "The \"token\" expired \\ renew it");
    assertThat(c.value()).isEqualTo(
        "Bearer realm=\"orders\", error=invalid_token, error_description=\"The \\\"token\\\" expired \\\\ renew it\"");
  }

  @Test
  void token68IsWrittenAfterTheScheme() {
    assertThat(Challenge.token68("Negotiate", "YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEF==").value())
        .isEqualTo("Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEF==");
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.token68("Negotiate", "a=b"))
        .withMessageContaining("token68").withMessageContaining("RFC 9110 §11.2");
  }

  @Test
  void token68AndParamsAreNeverMixed() {
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.token68("X", "abc").param("realm", "r"))
        .withMessageContaining("never both");
  }

  @Test
  void parameterNamesOccurOnceCaseInsensitively() {
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.basic("a").param("REALM", "b"))
        .withMessageContaining("\"REALM\"").withMessageContaining("occurs twice").withMessageContaining("RFC 9110 §11.2");
  }

  @Test
  void injectionIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.basic("api\r\nSet-Cookie: x=1"))
        .withMessageContaining("realm").withMessageContaining("U+000D");
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.of("Bad Scheme"))
        .withMessageContaining("auth-scheme").withMessageContaining("not a token");
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.basic("a").param("x y", "1"))
        .withMessageContaining("auth-param name");
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.basic("r\u00e9alm"))
        .withMessageContaining("U+00E9");
  }

  @Test
  void parsesWhatItWrites() {
    Challenge c = Challenge.bearer("a \"b\"").param("scope", "read write").param("error", "x");
    assertThat(Challenge.parse(c.value())).isEqualTo(c);
    assertThat(Challenge.parse(c.value()).params()).isEqualTo(Map.of("realm", "a \"b\"", "scope", "read write", "error", "x"));
  }

  @Test
  void parsesListsOfChallengesAsRfc9110Example() {
    List<Challenge> all = Challenge.parseAll("Basic realm=\"simple\", Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\"");
    assertThat(all).extracting(Challenge::scheme).containsExactly("Basic", "Newauth");
    assertThat(all.get(1).param("TYPE")).hasValue("1");
    assertThat(all.get(1).param("title")).hasValue("Login to \"apps\"");
    assertThat(Challenge.parseAll("Negotiate abc==, Basic realm=x")).extracting(Challenge::value)
        .containsExactly("Negotiate abc==", "Basic realm=\"x\"");
  }

  @Test
  void malformedListsAreReported() {
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.parseAll("Basic realm=\"open"))
        .withMessageContaining("unterminated");
    assertThatIllegalArgumentException().isThrownBy(() -> Challenge.parse("Basic realm=a, Bearer realm=b"))
        .withMessageContaining("expected one challenge");
  }
}
