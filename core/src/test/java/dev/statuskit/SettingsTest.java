package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsAreSafe() {
    Settings s = Settings.defaults();
    assertThat(s.exposeDetails()).isFalse();
    assertThat(s.validationStatus()).isEqualTo(400);
    assertThat(s.mapWebApplicationExceptions()).isTrue();
    assertThat(s.mapUnhandled()).isTrue();
    assertThat(s.clientErrorStackTraces()).isFalse();
    assertThat(s.maxDetailLength()).isEqualTo(4096);
  }

  @Test
  void theFirstSourceThatSetsAKeyWins() {
    Settings s = Settings.load(List.of(
        new Settings.Source("init-param", Map.of("statuskit.validation-status", "422")),
        new Settings.Source("context-param", Map.of("statuskit.validation-status", "400", "statuskit.expose-details", "true")),
        new Settings.Source("other", Map.of("unrelated.key", "x"))));
    assertThat(s.validationStatus()).isEqualTo(422);
    assertThat(s.exposeDetails()).isTrue();
  }

  @Test
  void unknownKeysFailNamingKeyAndSource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Settings.load(List.of(new Settings.Source("init-param of filter StatusKit",
            Map.of("statuskit.expose-detail", "true")))))
        .withMessageContaining("statuskit.expose-detail").withMessageContaining("init-param of filter StatusKit")
        .withMessageContaining("statuskit.expose-details");
  }

  @Test
  void badValuesFailNamingValueAndWhatIsAccepted() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Settings.load(List.of(new Settings.Source("context-param", Map.of("statuskit.validation-status", "418")))))
        .withMessageContaining("\"418\"").withMessageContaining("400 or 422").withMessageContaining("context-param");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Settings.load(List.of(new Settings.Source("x", Map.of("statuskit.expose-details", "yes")))))
        .withMessageContaining("true or false");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Settings.builder().set("statuskit.max-detail-length", "3"))
        .withMessageContaining("16 to 1048576");
  }

  @Test
  void environmentVariablesMapToKeys() {
    Settings.Source env = Settings.Source.environment(Map.of("STATUSKIT_EXPOSE_DETAILS", "true", "PATH", "/bin"));
    assertThat(env.values()).containsOnly(Map.entry("statuskit.expose-details", "true"));
    assertThat(Settings.envName(Settings.MAP_WEB_APPLICATION_EXCEPTIONS)).isEqualTo("STATUSKIT_MAP_WEB_APPLICATION_EXCEPTIONS");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Settings.load(List.of(Settings.Source.environment(Map.of("STATUSKIT_TYPO", "1")))))
        .withMessageContaining("statuskit.typo").withMessageContaining("environment variable");
  }

  @Test
  void systemPropertiesAreASource() {
    System.setProperty("statuskit.validation-status", "422");
    try {
      assertThat(Settings.fromSystem().validationStatus()).isEqualTo(422);
    } finally {
      System.clearProperty("statuskit.validation-status");
    }
  }
}
