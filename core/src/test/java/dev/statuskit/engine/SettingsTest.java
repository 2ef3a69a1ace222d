package dev.statuskit.engine;

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
    assertThat(s.mapUnhandled()).isTrue();
    assertThat(s.get(Settings.CLIENT_ERROR_STACK_TRACES)).isFalse();
    assertThat(s.get(TestKeys.LIMIT)).isEqualTo(400);
    assertThat(s.maxDetailLength()).isEqualTo(4096);
  }

  @Test
  void theFirstSourceThatSetsAKeyWins() {
    Settings s = Settings.load(List.of(
        new Settings.Source("init-param", Map.of("statuskit.test-limit", "422")),
        new Settings.Source("context-param", Map.of("statuskit.test-limit", "400", "statuskit.expose-details", "true")),
        new Settings.Source("other", Map.of("unrelated.key", "x"))));
    assertThat(s.get(TestKeys.LIMIT)).isEqualTo(422);
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
        .isThrownBy(() -> Settings.load(List.of(new Settings.Source("context-param", Map.of("statuskit.test-limit", "418")))))
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
    assertThat(Settings.CLIENT_ERROR_STACK_TRACES.envName()).isEqualTo("STATUSKIT_CLIENT_ERROR_STACK_TRACES");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Settings.load(List.of(Settings.Source.environment(Map.of("STATUSKIT_TYPO", "1")))))
        .withMessageContaining("statuskit.typo").withMessageContaining("environment variable");
  }

  @Test
  void systemPropertiesAreASource() {
    System.setProperty("statuskit.test-limit", "422");
    try {
      assertThat(Settings.fromSystem().get(TestKeys.LIMIT)).isEqualTo(422);
    } finally {
      System.clearProperty("statuskit.test-limit");
    }
  }

  /** An adapter's key is known to every module through its key set, and read with its own parser. */
  @Test
  void adapterKeysAreKnownThroughTheirKeySet() {
    assertThat(Settings.knownKeys()).containsKeys("statuskit.expose-details", "statuskit.test-limit");
    Settings s = Settings.builder().set(TestKeys.LIMIT, 422).build();
    assertThat(s.get(TestKeys.LIMIT)).isEqualTo(422);
    assertThat(s.asMap()).containsExactly(Map.entry("statuskit.test-limit", "422"));
    assertThatIllegalArgumentException().isThrownBy(() -> Settings.builder().set(TestKeys.LIMIT, 418))
        .withMessageContaining("statuskit.test-limit=\"418\"").withMessageContaining("400 or 422");
  }

  @Test
  void keysRefuseNamesOutsideTheirNamespaceAndDefaultsTheirParserRefuses() {
    assertThatIllegalArgumentException().isThrownBy(() -> Settings.Key.bool("other.key", true, "x"))
        .withMessageContaining("statuskit.[a-z][a-z0-9-]*");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Settings.Key.integer("statuskit.bad-default", 5, 10, 20, "x"));
  }

  /** Stands for an adapter's keys; listed in META-INF/services of the test class path. */
  public static final class TestKeys implements Settings.KeySet {
    static final Settings.Key<Integer> LIMIT = Settings.Key.oneOf("statuskit.test-limit", 400, List.of(400, 422),
        "A key of a test adapter.");

    @Override
    public List<Settings.Key<?>> keys() {
      return List.of(LIMIT);
    }
  }
}
