package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

  @Test
  void parsesAProblemDocumentKeepingMemberOrder() {
    Object v = JsonParser.parse(" {\"type\":\"about:blank\",\"status\":429,\"title\":\"Too Many Requests\","
        + "\"limits\":[1,2.5,-3e2,true,false,null],\"nested\":{\"a\":{}}} ");
    assertThat(v).isInstanceOf(Map.class);
    Map<?, ?> m = (Map<?, ?>) v;
    assertThat(List.<Object>copyOf(m.keySet())).containsExactly("type", "status", "title", "limits", "nested");
    assertThat(m.get("status")).isEqualTo(429);
    assertThat(new java.util.ArrayList<Object>((List<?>) m.get("limits")))
        .containsExactly(1, new BigDecimal("2.5"), new BigDecimal("-3e2"), true, false, null);
    assertThat(m.get("nested")).isEqualTo(Map.of("a", Map.of()));
  }

  @Test
  void integersTakeTheSmallestTypeThatHoldsThem() {
    assertThat(JsonParser.parse("2147483647")).isEqualTo(Integer.MAX_VALUE);
    assertThat(JsonParser.parse("2147483648")).isEqualTo(2147483648L);
    assertThat(JsonParser.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(JsonParser.parse("92233720368547758070")).isEqualTo(new BigInteger("92233720368547758070"));
  }

  @Test
  void decodesEveryEscapeIncludingSurrogatePairsAndLoneSurrogates() {
    assertThat(JsonParser.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\ud83d\\ude00\\udc00\""))
        .isEqualTo("\"\\/\b\f\n\r\tA\ud83d\ude00\udc00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", "tru", "\"a", "\"\u0001\"", "{\"a\" 1}",
      "[1 2]", "\"\\x\"", "\"\\u12\"", "{} x", "{\"a\":1,\"a\":2}", "NaN", "Infinity", "'a'"})
  void rejectsMalformedTextNamingTheOffset(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> JsonParser.parse(text))
        .withMessageContaining("malformed JSON at offset").withMessageContaining("RFC 8259");
  }

  @Test
  void nestingIsLimited() {
    char[] open = new char[JsonParser.MAX_DEPTH + 1];
    Arrays.fill(open, '[');
    char[] close = new char[JsonParser.MAX_DEPTH + 1];
    Arrays.fill(close, ']');
    assertThatIllegalArgumentException().isThrownBy(() -> JsonParser.parse(new String(open) + new String(close)))
        .withMessageContaining("nesting deeper than 64");
    assertThat(JsonParser.parse("[".repeat(64) + "]".repeat(64))).isInstanceOf(List.class);
  }
}
