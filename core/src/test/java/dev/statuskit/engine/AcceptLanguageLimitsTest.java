package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Accept-Language at its limits: the largest field, the most ranges and the longest cached value that still count. */
class AcceptLanguageLimitsTest {

  private final AcceptLanguage shipped = new AcceptLanguage(Messages.SHIPPED);

  @Test
  void thirtyTwoRangesAreNegotiatedAndThirtyThreeAreNot() {
    assertThat(shipped.choose("ko, ".repeat(AcceptLanguage.MAX_RANGES - 1) + "de")).isEqualTo("de");
    assertThat(shipped.choose("ko, ".repeat(AcceptLanguage.MAX_RANGES) + "de")).isNull();
  }

  @Test
  void aFieldOfTheMaximumLengthIsNegotiatedAndALongerOneIsNot() {
    String longest = "de" + ",".repeat(AcceptLanguage.MAX_LENGTH - 2);
    assertThat(longest).hasSize(AcceptLanguage.MAX_LENGTH);
    assertThat(shipped.choose(longest)).isEqualTo("de");
    assertThat(shipped.choose(longest + ",")).isNull();
  }

  @Test
  void valuesUpTo256CharactersAreCachedAndLongerOnesAreNot() {
    AcceptLanguage a = new AcceptLanguage(Messages.SHIPPED);
    assertThat(a.choose("de" + ",".repeat(255))).isEqualTo("de");
    assertThat(a.cacheSize()).isZero();
    assertThat(a.choose("de" + ",".repeat(254))).isEqualTo("de");
    assertThat(a.cacheSize()).isEqualTo(1);
  }

  @Test
  void weightsCompareToTheThousandth() {
    assertThat(shipped.choose("de;q=0.001")).isEqualTo("de");
    assertThat(shipped.choose("de;q=0.000")).isNull();
    assertThat(shipped.choose("de;q=0.")).isNull();
    assertThat(shipped.choose("de;q=0.05, fr;q=0.5")).isEqualTo("fr");
    assertThat(shipped.choose("de;q=0.5, fr;q=0.05")).isEqualTo("de");
    assertThat(shipped.choose("de;q=0.999, fr;q=1.")).isEqualTo("fr");
  }

  @Test
  void oneMalformedWeightVoidsTheWholeField() {
    assertThat(shipped.choose("fr, de;q=2")).isNull();
  }

  @Test
  void aWildcardChoosesNothingWhenEveryLanguageIsExcluded() {
    assertThat(shipped.choose("en;q=0, de;q=0, fr;q=0, es;q=0, ja;q=0, zh-TW;q=0, zh-CN;q=0, *")).isNull();
  }
}
