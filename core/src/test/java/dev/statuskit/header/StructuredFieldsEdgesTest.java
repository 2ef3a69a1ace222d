package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.header.StructuredFields.DisplayString;
import dev.statuskit.header.StructuredFields.Item;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 9651 at the edges of its rules: the largest numbers, the printable range, and where a failure is. */
class StructuredFieldsEdgesTest {

  @Test
  void anIntegerHasUpToFifteenDigits() {
    assertThat(StructuredFields.parseItem("999999999999999").value()).isEqualTo(999_999_999_999_999L);
    assertMalformed("1000000000000000", "an Integer has at most 15 digits");
  }

  @Test
  void aDecimalHasAtMostSixteenCharacters() {
    assertThat(StructuredFields.parseItem("123456789012.123").value()).hasToString("123456789012.123");
    assertMalformed("123456789012.1234", "a Decimal has at most 16 characters", "RFC 9651 §4.2");
  }

  @Test
  void parametersMayFollowSpacesAfterTheSemicolon() {
    assertThat(StructuredFields.parseItem("abc;  q=1; r").params()).isEqualTo(Map.of("q", 1L, "r", true));
  }

  @Test
  void aKeyIsCheckedAfterItsFirstCharacter() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StructuredFields.serializeItem(new Item("p", Map.of("aB", 1L))))
        .withMessageContaining("key \"aB\" is not a key").withMessageContaining("RFC 9651 §3.1.2");
    assertThat(StructuredFields.serializeItem(new Item("p", Map.of("a0_-.*", 1L)))).isEqualTo("\"p\";a0_-.*=1");
  }

  @Test
  void displayStringsKeepSpaceAndTildeAndEncodeTheRest() {
    assertThat(StructuredFields.serializeItem(new Item(new DisplayString("a b~%\"\u00e9"))))
        .isEqualTo("%\"a b~%25%22%c3%a9\"");
    assertThat(StructuredFields.parseItem("%\"a b~\"").value()).isEqualTo(new DisplayString("a b~"));
  }

  @Test
  void displayStringEscapesTakeEveryLowerCaseHexDigit() {
    assertThat(StructuredFields.parseItem("%\"%30%c3%a9%ef%bf%bd\"").value())
        .isEqualTo(new DisplayString("0\u00e9\ufffd"));
    assertMalformed("%\"%4", "followed by two lower-case hex digits");
    assertMalformed("%\"%41", "a Display String is closed by DQUOTE");
    assertMalformed("%\"%g0\"", "two lower-case hex digits");
  }

  @Test
  void failuresNameTheIndexOfTheOffendingCharacter() {
    assertMalformed("\"ab\u0001\"", "malformed at index 3", "printable ASCII only");
    assertMalformed("%\"a\u0001\"", "malformed at index 3", "printable ASCII only");
    assertMalformed("\"a\u007f\"", "malformed at index 2", "a String holds printable ASCII only");
  }

  private static void assertMalformed(String field, String... messageParts) {
    assertThatIllegalArgumentException().isThrownBy(() -> StructuredFields.parseItem(field))
        .withMessageContainingAll(messageParts);
  }
}
