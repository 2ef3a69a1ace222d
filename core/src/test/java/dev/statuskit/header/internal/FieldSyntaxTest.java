package dev.statuskit.header.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldSyntaxTest {

  /** A field value that breaks RFC 9110 §5.5, and the words of the rule its message names. */
  static Stream<Arguments> badFieldValues() {
    return Stream.of(
        arguments("a\rb", "CR, LF or NUL"), arguments("a\nb", "CR, LF or NUL"),
        arguments("a\u0000b", "CR, LF or NUL"), arguments("\r\nX-Injected: 1", "CR, LF or NUL"),
        arguments("a\u0001b", "control character"), arguments("a\u001fb", "control character"),
        arguments("a\u007fb", "control character"), arguments("a\u000bb", "control character"),
        arguments(" a", "leading or trailing whitespace"), arguments("a ", "leading or trailing whitespace"),
        arguments("\ta", "leading or trailing whitespace"), arguments("a\t", "leading or trailing whitespace"));
  }

  @ParameterizedTest
  @MethodSource("badFieldValues")
  void fieldValuesThatBreakTheSyntaxAreRejectedNamingTheRule(String value, String rule) {
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireFieldValue(value, "X-Test"))
        .withMessageContaining("X-Test value").withMessageContaining(rule).withMessageContaining("RFC 9110 §5.5");
  }

  @Test
  void nonAsciiIsRejectedWithAHintToPercentEncode() {
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireFieldValue("b\u00fccher", "Location"))
        .withMessageContaining("\"b\\u00FCcher\"").withMessageContaining("non-ASCII").withMessageContaining("percent-encode");
  }

  @Test
  void visibleAsciiSpaceTabAndEmptyAreAccepted() {
    assertThat(FieldSyntax.requireFieldValue("", "Allow")).isEmpty();
    assertThat(FieldSyntax.requireFieldValue("a b\tc ~!", "X")).isEqualTo("a b\tc ~!");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X Test", "X:Test", "X-Test\r", "Ümlaut", "a(b)", "a/b"})
  void headerNamesMustBeTokens(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireFieldName(name))
        .withMessageContaining("is not a token").withMessageContaining("RFC 9110 §5.6.2");
  }

  @Test
  void tokensAcceptEveryTchar() {
    assertThat(FieldSyntax.isToken("!#$%&'*+-.^_`|~09azAZ")).isTrue();
  }

  @Test
  void quotingEscapesQuoteAndBackslashOnly() {
    assertThat(FieldSyntax.quote("a \"b\" \\c", "realm")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.quote("a\nb", "realm"))
        .withMessageContaining("realm").withMessageContaining("U+000A").withMessageContaining("RFC 9110 §5.6.4");
  }

  @Test
  void mediaTypesAndRangesAreChecked() {
    assertThat(FieldSyntax.requireMediaType("application/json;charset=utf-8", false, "m")).isNotEmpty();
    assertThat(FieldSyntax.requireMediaType("text/plain; format=\"a b\"", false, "m")).isNotEmpty();
    assertThat(FieldSyntax.requireMediaType("*/*", true, "m")).isEqualTo("*/*");
    assertThat(FieldSyntax.requireMediaType("text/*", true, "m")).isEqualTo("text/*");
    for (String bad : new String[] {"json", "text/", "/json", "*/json", "a b/c", "text/plain;x"}) {
      assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireMediaType(bad, true, "m"))
          .withMessageContaining("media-range");
    }
    assertThatIllegalArgumentException().isThrownBy(() -> FieldSyntax.requireMediaType("text/*", false, "m"))
        .withMessageContaining("media-type");
  }

  @Test
  void messagesNeverCarryRawControlCharacters() {
    String message = org.assertj.core.api.Assertions.catchThrowable(
        () -> FieldSyntax.requireFieldValue("x\r\nSet-Cookie: a=b", "X")).getMessage();
    assertThat(message).doesNotContain("\r").doesNotContain("\n").contains("\\u000D\\u000A");
  }
}
