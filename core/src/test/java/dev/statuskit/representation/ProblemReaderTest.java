package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.OrderedMaps;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading problems back from parsed JSON and from problem+xml (RFC 9457 §3.1, Appendix B). */
class ProblemReaderTest {

  private static Map<String, Object> map(Object... kv) {
    return OrderedMaps.of(kv);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsTheRfcExampleParsedByJackson() {
    String body = "{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"You do not have enough credit.\","
        + "\"detail\":\"Your current balance is 30, but that costs 50.\",\"instance\":\"/account/12345/msgs/abc\","
        + "\"balance\":30,\"accounts\":[\"/account/12345\",\"/account/67890\"],\"status\":403}";

    Problem p = ProblemReader.fromJson(Trees.jackson(utf8(body)));

    assertThat(p.type()).isEqualTo(URI.create("https://example.com/probs/out-of-credit"));
    assertThat(p.title()).contains("You do not have enough credit.");
    assertThat(p.status()).hasValue(403);
    assertThat(p.detail()).contains("Your current balance is 30, but that costs 50.");
    assertThat(p.instance()).contains(URI.create("/account/12345/msgs/abc"));
    assertThat(p.extensions()).containsOnlyKeys("balance", "accounts");
    assertThat(p.extensions().keySet()).containsExactly("balance", "accounts");
    assertThat(p.extensions().get("balance")).isEqualTo(30);
    assertThat(p.extensions().get("accounts")).isEqualTo(List.of("/account/12345", "/account/67890"));
  }

  @Test
  void aMissingTypeIsAboutBlankAndAMissingTitleTheReasonPhrase() {
    Problem p = ProblemReader.fromJson(map("status", 404));
    assertThat(p.type()).isEqualTo(Problem.ABOUT_BLANK);
    assertThat(p.title()).contains("Not Found");
    assertThat(p).isEqualTo(Problem.of(404));
  }

  @Test
  void acceptsStatusAsAnyIntegralNumber() {
    assertThat(ProblemReader.fromJson(map("status", 429L)).status()).hasValue(429);
    assertThat(ProblemReader.fromJson(map("status", new BigDecimal("429"))).status()).hasValue(429);
    assertThat(ProblemReader.fromJson(map("status", new BigDecimal("4.29E+2"))).status()).hasValue(429);
    assertThat(ProblemReader.fromJson(map("status", 429.0)).status()).hasValue(429);
    assertThat(ProblemReader.fromJson(map("status", 599)).status()).hasValue(599);
  }

  @Test
  void reportsMalformedStandardMembersNamingMemberAndValue() {
    assertThatThrownBy(() -> ProblemReader.fromJson(map("status", "429")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"status\"").hasMessageContaining("\"429\"");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("status", 429.5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"status\"").hasMessageContaining("429.5");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("status", 99))).hasMessageContaining("\"status\"");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("status", 600))).hasMessageContaining("\"status\"");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("status", Double.NaN))).hasMessageContaining("\"status\"");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("status", null))).hasMessageContaining("\"status\"");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("type", 7)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"type\"").hasMessageContaining("7");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("type", "a b")))
        .hasMessageContaining("\"type\"").hasMessageContaining("URI reference");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("instance", List.of())))
        .hasMessageContaining("\"instance\"");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("title", false))).hasMessageContaining("\"title\"");
    assertThatThrownBy(() -> ProblemReader.fromJson(map("detail", Map.of()))).hasMessageContaining("\"detail\"");
  }

  @Test
  void skipsMembersWhoseNamesNeitherMatchRfc9457NorArePortable() {
    Problem p = ProblemReader.fromJson(map("status", 400, "invalid-params", List.of(), "ab", 1, "_x", 2,
        "éclair", 3, "ok_name", 4, "xml-name", 5, "violated-policies", List.of("daily")));
    // Hyphenated names that JSON and XML carry unchanged are kept (the draft's violated-policies, RFC 7807's invalid-params).
    assertThat(p.extensions()).containsOnlyKeys("invalid-params", "ok_name", "violated-policies");
    assertThat(p.extensions().get("violated-policies")).isEqualTo(List.of("daily"));
  }

  @Test
  void copiesNestedValuesIntoUnmodifiableContainers() {
    List<Object> list = new java.util.ArrayList<>(List.of(1));
    Problem p = ProblemReader.fromJson(map("items", list, "nested", map("k", null)));
    list.add(2);

    assertThat(p.extensions().get("items")).isEqualTo(List.of(1));
    assertThat(p.extensions().get("nested")).isEqualTo(map("k", null));
    assertThatThrownBy(() -> ((List<?>) p.extensions().get("items")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsValuesThatNoJsonParserProduces() {
    assertThatThrownBy(() -> ProblemReader.fromJson(map("when", java.time.Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"when\"");
  }

  @Test
  void readsTheRfcAppendixBExample() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <problem xmlns="urn:ietf:rfc:7807">
          <type>https://example.com/probs/out-of-credit</type>
          <title>You do not have enough credit.</title>
          <detail>Your current balance is 30, but that costs 50.</detail>
          <instance>https://example.net/account/12345/msgs/abc</instance>
          <balance>30</balance>
          <accounts>
            <i>https://example.net/account/12345</i>
            <i>https://example.net/account/67890</i>
          </accounts>
        </problem>
        """;

    Problem p = ProblemReader.fromXml(utf8(xml));

    assertThat(p.type()).isEqualTo(URI.create("https://example.com/probs/out-of-credit"));
    assertThat(p.title()).contains("You do not have enough credit.");
    assertThat(p.status()).isEmpty();
    assertThat(p.instance()).contains(URI.create("https://example.net/account/12345/msgs/abc"));
    assertThat(p.extensions().keySet()).containsExactly("balance", "accounts");
    assertThat(p.extensions().get("balance")).isEqualTo("30");
    assertThat(p.extensions().get("accounts"))
        .isEqualTo(List.of("https://example.net/account/12345", "https://example.net/account/67890"));
  }

  @Test
  void readsBackWhatTheWriterWrote() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("i", "eye");
    nested.put("xmlish", List.of(Map.of("a b", "c")));
    nested.put("", "empty key");
    nested.put("_x0041_", "looks encoded");
    Problem p = Problem.builder().status(422).title("Invalid").detail("a & b < c\r\n").instance("/x/1")
        .extension("errors", List.of(nested)).extension("xmlData", "reserved prefix").build();

    Problem read = ProblemReader.fromXml(ProblemWriter.defaults().toBytes(p, ProblemMediaType.XML));

    assertThat(read).isEqualTo(p);
  }

  @Test
  void reportsAWrongRootElement() {
    assertThatThrownBy(() -> ProblemReader.fromXml(utf8("<problem><status>400</status></problem>")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urn:ietf:rfc:7807");
    assertThatThrownBy(() -> ProblemReader.fromXml(utf8("<error xmlns=\"urn:ietf:rfc:7807\"/>")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4OO", "99", "600", "", "429.0", "x"})
  void reportsAMalformedXmlStatus(String status) {
    String xml = "<problem xmlns=\"urn:ietf:rfc:7807\"><status>" + status + "</status></problem>";
    assertThatThrownBy(() -> ProblemReader.fromXml(utf8(xml)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
  }

  @Test
  void reportsDuplicateAndStructuredStandardElements() {
    assertThatThrownBy(() -> ProblemReader.fromXml(utf8(
        "<problem xmlns=\"urn:ietf:rfc:7807\"><title>a</title><title>b</title></problem>")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    assertThatThrownBy(() -> ProblemReader.fromXml(utf8(
        "<problem xmlns=\"urn:ietf:rfc:7807\"><detail><i>x</i></detail></problem>")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("detail");
  }

  @Test
  void ignoresElementsOfOtherNamespacesAndAttributes() {
    Problem p = ProblemReader.fromXml(utf8("<problem xmlns=\"urn:ietf:rfc:7807\" xmlns:o=\"urn:other\" o:a=\"1\">"
        + "<status>409</status><o:secret>x</o:secret><owner o:b=\"2\">me</owner></problem>"));
    assertThat(p).isEqualTo(Problem.builder().status(409).extension("owner", "me").build());
  }

  @Test
  void refusesDoctypesAndExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE problem [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<problem xmlns=\"urn:ietf:rfc:7807\"><detail>&x;</detail></problem>";
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE problem [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
        + "<problem xmlns=\"urn:ietf:rfc:7807\"><detail>&b;</detail></problem>";

    assertThatThrownBy(() -> ProblemReader.fromXml(utf8(xxe)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("top secret")
        .hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> ProblemReader.fromXml(utf8(bomb))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsADocumentThatIsNotWellFormed() {
    assertThatThrownBy(() -> ProblemReader.fromXml(utf8("<problem xmlns=\"urn:ietf:rfc:7807\"><status>")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("well-formed");
  }

  @Test
  void limitsNestingWhenReading() {
    String deep = "<i>".repeat(40) + "x" + "</i>".repeat(40);
    assertThatThrownBy(() -> ProblemReader.fromXml(utf8(
        "<problem xmlns=\"urn:ietf:rfc:7807\"><deep>" + deep + "</deep></problem>")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deeper than 32");
    Object v = 1;
    for (int i = 0; i < 40; i++) {
      v = Arrays.asList(v);
    }
    Object deepJson = v;
    assertThatThrownBy(() -> ProblemReader.fromJson(map("deep", deepJson)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deeper than 32");
  }

  @Test
  void membersAreTheDocumentsAsTheyAreInOrder() {
    Map<String, Object> m = ProblemReader.members(
        "{\"status\":\"404\",\"type\":\"about:blank\",\"x\":null,\"n\":[1]}".getBytes(StandardCharsets.UTF_8));
    assertThat(m).containsExactly(Map.entry("status", "404"), Map.entry("type", "about:blank"),
        new java.util.AbstractMap.SimpleEntry<>("x", null), Map.entry("n", List.of(1)));
    assertThatThrownBy(() -> m.put("y", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ProblemReader.members("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an object");
  }
}
