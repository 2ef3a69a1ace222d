package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of key's parser at its limits, what a key says about itself, and how sources are read. */
class SettingsKeysTest {

  private static Settings load(String key, String value) {
    return Settings.load(List.of(new Settings.Source("test", Map.of(key, value))));
  }

  @Test
  void anIntegerKeyTakesItsBoundsAndNothingBeyond() {
    assertThat(load("statuskit.max-detail-length", "16").maxDetailLength()).isEqualTo(16);
    assertThat(load("statuskit.max-detail-length", "1048576").maxDetailLength()).isEqualTo(1048576);
    for (String bad : List.of("15", "1048577", "-1", "x", "")) {
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> load("statuskit.max-detail-length", bad))
          .withMessage("StatusKit setting statuskit.max-detail-length=\"" + bad
              + "\" (test) is invalid: expected an integer from 16 to 1048576");
    }
    assertThat(Settings.MAX_DETAIL_LENGTH.accepted()).isEqualTo("16-1048576");
  }

  @Test
  void aBooleanKeyTakesExactlyTrueOrFalse() {
    assertThat(load("statuskit.localize", "false").get(Settings.LOCALIZE)).isFalse();
    assertThat(load("statuskit.localize", " true ").get(Settings.LOCALIZE)).isTrue(); // a source's value is stripped
    assertThatIllegalArgumentException().isThrownBy(() -> load("statuskit.localize", "TRUE"))
        .withMessageEndingWith("expected true or false");
    assertThat(Settings.LOCALIZE.accepted()).isEqualTo("true, false");
    assertThat(Settings.LOCALIZE.defaultValue()).isEqualTo("true");
  }

  @Test
  void aChoiceKeySaysItsChoices() {
    Settings.Key<Integer> k = Settings.Key.oneOf("statuskit.test-choice", 2, List.of(1, 2, 3), "A choice.");

    assertThat(k.accepted()).isEqualTo("1, 2, 3");
    assertThat(k.parse("3", "x")).isEqualTo(3);
    assertThatIllegalArgumentException().isThrownBy(() -> k.parse("4", "x"))
        .withMessage("StatusKit setting statuskit.test-choice=\"4\" (x) is invalid: expected 1 or 2 or 3");
    assertThat(k.name()).isEqualTo("statuskit.test-choice").isEqualTo(k.toString());
    assertThat(k.defaultValue()).isEqualTo("2");
    assertThat(k.description()).isEqualTo("A choice.");
    assertThat(k.envName()).isEqualTo("STATUSKIT_TEST_CHOICE");
    assertThat(Settings.defaults().get(k)).isEqualTo(2);
  }

  @Test
  void aMemberNameKeyTakesAnExtensionNameOrNothing() {
    assertThat(load("statuskit.trace-id-member", "").get(Settings.TRACE_ID_MEMBER)).isEmpty();
    assertThat(load("statuskit.trace-id-member", "trace_id").get(Settings.TRACE_ID_MEMBER)).isEqualTo("trace_id");
    for (String bad : List.of("ab", "1abc", "type", "a-b-c")) {
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> load("statuskit.trace-id-member", bad))
          .withMessageContaining("expected an extension member name");
    }
    assertThat(Settings.defaults().get(Settings.TRACE_ID_MEMBER)).isEqualTo("traceId");
  }

  @Test
  void languagesAreAutoOrCanonicalTags() {
    assertThat(load("statuskit.languages", "auto").get(Settings.LANGUAGES)).isEmpty();
    assertThat(Settings.defaults().get(Settings.LANGUAGES)).isEmpty();
    assertThat(load("statuskit.languages", "EN-gb,fr").get(Settings.LANGUAGES)).containsExactly("en-GB", "fr");
    for (String bad : List.of("d", "de,", "de fr", "toolonglanguage", "de-toolongsubtag")) {
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> load("statuskit.languages", bad))
          .withMessageContaining("expected auto, or language tags");
    }
  }

  @Test
  void theMessagesBaseNameIsAResourcePath() {
    assertThat(load("statuskit.messages", "i18n/app.messages-v2").get(Settings.MESSAGES))
        .isEqualTo("i18n/app.messages-v2");
    assertThat(load("statuskit.messages", "_x").get(Settings.MESSAGES)).isEqualTo("_x");
    for (String bad : List.of(".hidden", "/abs", "a b", "a:b")) {
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> load("statuskit.messages", bad))
          .withMessageContaining("expected a resource bundle base name");
    }
  }

  @Test
  void sourcesIgnoreOtherNamespacesAndTheFirstThatSetsAKeyWins() {
    Settings s = Settings.load(List.of(new Settings.Source("first", Map.of("statuskit.localize", "false")),
        new Settings.Source("second", Map.of("statuskit.expose-details", "true", "statuskit.localize", "true",
            "other.key", "x", "statuskitx", "y"))));

    assertThat(s.asMap()).containsOnly(Map.entry("statuskit.expose-details", "true"),
        Map.entry("statuskit.localize", "false"));
    assertThat(Settings.builder().set(Settings.LOCALIZE, false).build().toString())
        .isEqualTo("Settings{statuskit.localize=false}");
    assertThat(Settings.Source.environment(Map.of("STATUSKIT_TRACE_ID_MEMBER", "", "statuskit_lower", "x")).values())
        .containsOnly(Map.entry("statuskit.trace-id-member", ""));
    assertThat(Settings.envName("statuskit.max-detail-length")).isEqualTo("STATUSKIT_MAX_DETAIL_LENGTH");
  }

  @Test
  void aBuilderStartsFromTheSettingsItCameFromAndRefusesUnknownNames() {
    Settings first = Settings.builder().set(Settings.MAX_DETAIL_LENGTH, 100).build();
    Settings second = first.toBuilder().exposeDetails(true).build();

    assertThat(second.maxDetailLength()).isEqualTo(100);
    assertThat(second.exposeDetails()).isTrue();
    assertThat(first.exposeDetails()).isFalse();
    assertThat(Settings.builder().set("statuskit.map-unhandled", " false ").build().mapUnhandled()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Settings.builder().set("statuskit.nope", "1"))
        .withMessageStartingWith("unknown StatusKit setting \"statuskit.nope\"; known keys: [")
        .withMessageContaining("statuskit.max-detail-length");
    assertThat(Settings.coreKeys()).contains(Settings.EXPOSE_DETAILS, Settings.PROBLEM_DOCS)
        .doesNotHaveDuplicates();
  }
}
