package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact problem+xml output (RFC 9457 Appendix B). */
class XmlFormatTest {

  private static String xml(Problem p) {
    return new String(ProblemWriter.defaults().toBytes(p, ProblemMediaType.XML), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheAppendixBShape() {
    Map<String, Object> owner = new LinkedHashMap<>();
    owner.put("name", "Ann");
    owner.put("id", 7);
    Problem p = Problem.builder().type("https://example.com/probs/out-of-credit").title("You do not have enough credit.")
        .status(403).detail("Your current balance is 30, but that costs 50.")
        .instance("https://example.net/account/12345/msgs/abc").extension("balance", 30)
        .extension("accounts", List.of("https://example.net/account/12345", "https://example.net/account/67890"))
        .extension("owner", owner).extension("none", null).extension("flag", true).build();

    assertThat(xml(p)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<problem xmlns=\"urn:ietf:rfc:7807\"><type>https://example.com/probs/out-of-credit</type>"
        + "<title>You do not have enough credit.</title><status>403</status>"
        + "<detail>Your current balance is 30, but that costs 50.</detail>"
        + "<instance>https://example.net/account/12345/msgs/abc</instance><balance>30</balance>"
        + "<accounts><i>https://example.net/account/12345</i><i>https://example.net/account/67890</i></accounts>"
        + "<owner><name>Ann</name><id>7</id></owner><none/><flag>true</flag></problem>\n");
  }

  @Test
  void writesTheDefaultTypeAndTitleOfAStatusTheSameWayAsAnyOther() {
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\">";
    assertThat(xml(Problem.builder().status(429).detail("slow down").instance("/orders/1").extension("limit", 100)
        .build())).isEqualTo(head + "<type>about:blank</type><title>Too Many Requests</title><status>429</status>"
        + "<detail>slow down</detail><instance>/orders/1</instance><limit>100</limit></problem>\n");
    // A title of its own, a phrase XML must escape, or no status: written member by member.
    assertThat(xml(Problem.builder().status(429).title("Slow <down>").build())).isEqualTo(head
        + "<type>about:blank</type><title>Slow &lt;down&gt;</title><status>429</status></problem>\n");
    assertThat(xml(Problem.builder().status(418).build())).isEqualTo(head
        + "<type>about:blank</type><title>I&#39;m a teapot</title><status>418</status></problem>\n");
    assertThat(xml(Problem.builder().noStatus().title("Gone fishing").build())).isEqualTo(head
        + "<type>about:blank</type><title>Gone fishing</title></problem>\n");
  }

  @Test
  void escapesMarkupAndRemovesCharactersXmlForbids() {
    Problem p = Problem.builder().detail("a&b<c>d]]>e\"f'g\r\nh\u0000\u0001\u0008\u000b\u000c\u001f\uFFFE\uFFFF\t\uD800i😀").build();

    assertThat(xml(p)).contains("<detail>a&amp;b&lt;c&gt;d]]&gt;e&quot;f&#39;g&#13;\nh\t\uFFFDi😀</detail>");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "limit          | limit",
      "retry_after    | retry_after",
      "xmlThing       | _x0078_mlThing",
      "XMLThing       | _x0058_MLThing",
      "i              | _x0069_",
      "a b            | a_x0020_b",
      "1st            | _x0031_st",
      "max_x          | max_x005F_x",
      "_x0041_        | _x005F_x0041_",
      "a:b            | a_x003A_b",
      "é              | _x00E9_",
      "😀             | _x0001F600_",
      "'-dash'        | _x002D_dash",
      "'a-b.c'        | a-b.c",
  })
  void encodesNamesThatAreNotSafeXmlNames(String name, String element) {
    assertThat(XmlNames.encode(name)).isEqualTo(element);
    assertThat(XmlNames.decode(element)).isEqualTo(name);
  }

  @Test
  void encodesTheEmptyNameAndLoneSurrogates() {
    assertThat(XmlNames.encode("")).isEqualTo("_x_");
    assertThat(XmlNames.decode("_x_")).isEmpty();
    assertThat(XmlNames.encode("_x_")).isEqualTo("_x005F_x_");
    assertThat(XmlNames.decode("_x005F_x_")).isEqualTo("_x_");
    assertThat(XmlNames.encode("a\uD800")).isEqualTo("a_xFFFD_");
  }

  @Test
  void leavesForeignNamesThatMerelyLookEncodedAlone() {
    assertThat(XmlNames.decode("a_xyz")).isEqualTo("a_xyz");
    assertThat(XmlNames.decode("_x12_")).isEqualTo("_x12_");
    assertThat(XmlNames.decode("_x00e9_")).isEqualTo("é");
  }

  @Test
  void writesTopLevelExtensionNamesThatStartWithXmlEncoded() {
    Problem p = Problem.builder().extension("xmlns", "x").extension("xmlSchema", Map.of("i", 1)).build();
    assertThat(xml(p)).contains("<_x0078_mlns>x</_x0078_mlns><_x0078_mlSchema><_x0069_>1</_x0069_></_x0078_mlSchema>");
  }

  @Test
  void writesEmptyContainersAsEmptyElements() {
    Problem p = Problem.builder().extension("list", List.of()).extension("map", Map.of())
        .extension("nested", List.of(List.of(), "")).build();
    assertThat(xml(p)).contains("<list/><map/><nested><i/><i></i></nested>");
  }
}
