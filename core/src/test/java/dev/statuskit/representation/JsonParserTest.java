package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in strict JSON parser behind {@link ProblemReader#fromJson(byte[])} (RFC 8259). */
class JsonParserTest {

  /** Jackson writing every non-ASCII character as a backslash-u escape, surrogate pairs included. */
  private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  @Provide
  Arbitrary<Object> trees() {
    return Generators.tree(4).map(Generators::withNulls).map(Trees::expectedJson).map(JsonParserTest::withoutMarker);
  }

  private static Object withoutMarker(Object v) {
    return Generators.withNulls(v);
  }

  @Property(tries = 1500)
  void parsesWhatJacksonWritesAsJacksonReadsIt(@ForAll("trees") Object tree) throws Exception {
    byte[] json = ESCAPING.writeValueAsBytes(Map.of("value", tree == null ? "null" : tree));

    Object ours = JsonParser.parse(new String(json, StandardCharsets.UTF_8));

    assertThat(Trees.canonical(ours)).hasToString(Trees.canonical(Trees.jackson(json)).toString());
  }

  @Property(tries = 500)
  void readsBackWhatTheWriterWroteAsJacksonDoes(@ForAll(supplier = Generators.Problems.class) Problem problem) {
    byte[] json = ProblemWriter.defaults().toBytes(problem, ProblemMediaType.JSON);

    Problem ours = ProblemReader.fromJson(json);
    Problem viaJackson = ProblemReader.fromJson(Trees.jackson(json));

    assertThat(ours.type()).isEqualTo(viaJackson.type());
    assertThat(ours.title()).isEqualTo(viaJackson.title());
    assertThat(ours.status()).isEqualTo(viaJackson.status());
    assertThat(ours.detail()).isEqualTo(viaJackson.detail());
    assertThat(ours.instance()).isEqualTo(viaJackson.instance());
    assertThat(Trees.canonical(ours.extensions())).hasToString(Trees.canonical(viaJackson.extensions()).toString());
  }

  @Test
  void keepsNumbersExactly() {
    assertThat(JsonParser.parse("[0,-0,2147483647,2147483648,-9223372036854775808,9223372036854775808,1.10,1e2,-1E-2]"))
        .isEqualTo(List.of(0, 0, 2147483647, 2147483648L, Long.MIN_VALUE, new BigInteger("9223372036854775808"),
            new BigDecimal("1.10"), new BigDecimal("1e2"), new BigDecimal("-1E-2")));
  }

  @Test
  void decodesEveryEscape() {
    assertThat(JsonParser.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\u00e9\\ud83d\\ude00\\ud800\""))
        .isEqualTo("\"\\/\b\f\n\r\t\u0000é😀\uD800");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "}", "{\"a\":1,}", "[1,]", "[1 2]", "01", "-", "1.", ".5", "1e", "+1", "{\"a\" 1}",
      "{a:1}", "{'a':1}", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"a", "\"tab\there\"", "{\"a\":1}{}", "NaN",
      "Infinity", "tru", "nul", "[", "{\"a\":1,\"a\":2}", "1e999999999999", "\u00a0{}"})
  void rejectsInvalidJson(String json) {
    assertThatThrownBy(() -> JsonParser.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RFC 8259");
  }

  @Test
  void limitsNesting() {
    String ok = "[".repeat(JsonParser.MAX_NESTING) + "]".repeat(JsonParser.MAX_NESTING);
    String deep = "[".repeat(JsonParser.MAX_NESTING + 1) + "]".repeat(JsonParser.MAX_NESTING + 1);
    assertThat(JsonParser.parse(ok)).isInstanceOf(List.class);
    assertThatThrownBy(() -> JsonParser.parse(deep)).hasMessageContaining("deeper");
    assertThatThrownBy(() -> JsonParser.parse("[".repeat(100_000))).hasMessageContaining("deeper");
  }

  @Test
  void problemReaderAcceptsABomAndRejectsOtherDocuments() {
    assertThat(ProblemReader.fromJson("\uFEFF{\"status\":404}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Problem.of(404));
    assertThatThrownBy(() -> ProblemReader.fromJson("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an object");
    assertThatThrownBy(() -> ProblemReader.fromJson(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> ProblemReader.fromJson("{\"status\":\"404\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"status\"");
  }
}
