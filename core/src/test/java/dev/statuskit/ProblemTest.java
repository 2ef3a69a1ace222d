package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTest {

  @Test
  void typeDefaultsToAboutBlankAndTitleToTheReasonPhrase() {
    Problem p = Problem.of(413);
    assertThat(p.type()).isEqualTo(URI.create("about:blank"));
    assertThat(p.title()).hasValue("Content Too Large");
    assertThat(p.status()).hasValue(413);
    assertThat(p.detail()).isEmpty();
    assertThat(p.instance()).isEmpty();
    assertThat(p.extensions()).isEmpty();
  }

  @Test
  void titleIsNotDefaultedForOtherTypesOrUnregisteredCodes() {
    assertThat(Problem.builder().type("https://api.example/p/x").status(409).build().title()).isEmpty();
    assertThat(Problem.of(599).title()).isEmpty();
    assertThat(Problem.builder().build().title()).isEmpty();
    assertThat(Problem.builder().status(404).title("Order not found").build().title()).hasValue("Order not found");
  }

  @Test
  void withTitleAndDetailChangesOnlyThoseAndSharesTheExtensionMembers() {
    Problem p = Problem.builder().type("https://api.example/p/credit").title("Out of credit").status(403)
        .detail("Your balance is 30.").instance("/orders/1").extension("balance", 30).build();
    Problem de = p.withTitleAndDetail("Kein Guthaben", "Ihr Guthaben ist 30.");
    assertThat(de.type()).isEqualTo(p.type());
    assertThat(de.title()).hasValue("Kein Guthaben");
    assertThat(de.status()).hasValue(403);
    assertThat(de.detail()).hasValue("Ihr Guthaben ist 30.");
    assertThat(de.instance()).hasValue(URI.create("/orders/1"));
    assertThat(de.extensions()).containsExactly(entry("balance", 30)).isSameAs(p.extensions());
    assertThat(p.title()).hasValue("Out of credit");
    assertThat(p.detail()).hasValue("Your balance is 30.");
    Problem none = p.withTitleAndDetail(null, null);
    assertThat(none.title()).isEmpty();
    assertThat(none.detail()).isEmpty();
    assertThat(Problem.of(429).withTitleAndDetail(null, "x").title()).hasValue("Too Many Requests");
  }

  @Test
  void extensionsKeepInsertionOrderAndAllowNull() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("zeta", 1);
    m.put("alpha", null);
    Problem p = Problem.builder().status(400).extensions(m).extension("mid_1", "x").build();
    assertThat(p.extensions()).containsExactly(entry("zeta", 1), entry("alpha", null), entry("mid_1", "x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"type", "title", "status", "detail", "instance"})
  void standardMemberNamesAreRejectedAsExtensions(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().extension(name, "x"))
        .withMessageContaining("\"" + name + "\"").withMessageContaining("standard member");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "1abc", "_abc", "a-bc", "a bc", "äbc", "ab.c", ""})
  void extensionNamesMustMatchRfc9457Section4(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().extension(name, 1))
        .withMessageContaining("^[A-Za-z][A-Za-z0-9_]{2,}$").withMessageContaining("RFC 9457 §4");
  }

  @Test
  void validExtensionNames() {
    assertThat(Problem.isValidExtensionName("abc")).isTrue();
    assertThat(Problem.isValidExtensionName("A_1")).isTrue();
    assertThat(Problem.isValidExtensionName("balance")).isTrue();
    assertThat(Problem.isValidExtensionName("detail")).isFalse();
  }

  @Test
  void registeredHyphenatedNamesAreAcceptedAndOthersNeedTheOptIn() {
    Problem p = Problem.builder().status(429).extension("violated-policies", List.of("daily")).build();
    assertThat(p.extensions()).containsEntry("violated-policies", List.of("daily"));
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().extension("acme-trace", 1))
        .withMessageContaining("\"acme-trace\"").withMessageContaining("RFC 9457 §4")
        .withMessageContaining("portableExtension");
    assertThat(Problem.builder().portableExtension("acme-trace", 1).build().extensions()).containsEntry("acme-trace", 1);
    assertThat(Problem.builder().portableExtension("plain", 1).build().extensions()).containsKey("plain");
    for (String bad : new String[] {"xml-thing", "a_x-1", "-ab", "1ab", "ab", "a.b", "a b", "caf\u00e9"}) {
      assertThat(Problem.isPortableExtensionName(bad)).as(bad).isFalse();
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Problem.builder().portableExtension(bad, 1))
          .withMessageContaining(dev.statuskit.header.internal.FieldSyntax.show(bad));
    }
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().portableExtension("status", 1))
        .withMessageContaining("standard member");
    assertThat(new TooManyRequestsException().portableExtension("acme-trace", "x").toProblem().extensions())
        .containsEntry("acme-trace", "x");
  }

  @Test
  void hyphenatedNamesAreWrittenUnchangedInJsonAndXmlAndReadBack() {
    Problem p = Problem.builder().status(429).extension("violated-policies", List.of("daily", "burst")).build();
    var writer = dev.statuskit.representation.ProblemWriter.defaults();
    String json = new String(writer.toBytes(p, ProblemMediaType.JSON), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("\"violated-policies\":[\"daily\",\"burst\"]");
    String xml = new String(writer.toBytes(p, ProblemMediaType.XML), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(xml).contains("<violated-policies><i>daily</i><i>burst</i></violated-policies>");
    assertThat(dev.statuskit.representation.ProblemReader.fromJson(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .extensions()).containsEntry("violated-policies", List.of("daily", "burst"));
    assertThat(dev.statuskit.representation.ProblemReader.fromXml(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .extensions()).containsEntry("violated-policies", List.of("daily", "burst"));
  }

  @Test
  void malformedUrisAndStatusesAreRejectedNamingTheValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().type("https://a b"))
        .withMessageContaining("type \"https://a b\"").withMessageContaining("RFC 3986");
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().instance("\\x"))
        .withMessageContaining("instance");
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().status(600)).withMessageContaining("600");
  }

  @Test
  void valueSemantics() {
    Problem a = Problem.builder().status(404).detail("x").extension("abc", 1).build();
    Problem b = a.toBuilder().build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toBuilder().noStatus().build().status()).isEmpty();
    assertThat(a.toBuilder().removeExtension("abc").build().extensions()).isEmpty();
    assertThat(a).hasToString("Problem{type=about:blank, title=Not Found, status=404, detail=x, abc=1}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.extensions().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
