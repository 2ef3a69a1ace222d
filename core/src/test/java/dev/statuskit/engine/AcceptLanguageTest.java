package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptLanguageTest {

  private final AcceptLanguage shipped = new AcceptLanguage(Messages.SHIPPED);

  /** The negotiation table: field value, then the language chosen ({@code -} for none). */
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "de | de",
      "DE | de",
      "de-CH | de",
      "de-CH-1996 | de",
      "de-x-private | de",
      "fr-CA, de;q=0.9 | fr",
      "ko, de;q=0.5 | de",
      "de;q=0.5, fr;q=0.8 | fr",
      "de;q=0.8, fr;q=0.8 | de",
      "de;q=0.123, ja;q=0.12 | de",
      "de;Q=1.000 | de",
      "'de; q=0.5 , ja ; q=0.9' | ja",
      "zh-TW | zh-TW",
      "zh-Hant | zh-TW",
      "zh-Hant-HK | zh-TW",
      "zh-HK | zh-TW",
      "zh-CN | zh-CN",
      "zh-Hans | zh-CN",
      "zh-Hans-SG | zh-CN",
      "zh-SG | zh-CN",
      "zh | -",
      "* | en",
      "en;q=0, * | de",
      "'en;q=0, de;q=0, *;q=0.1' | fr",
      "ko, *;q=0.1 | en",
      "de;q=0 | -",
      "de;q=0, de-CH | -",
      "ko | -",
      "ko-KR, pt;q=0.9 | -",
      "'' | -",
      "' , ' | -",
      "de;q=2 | -",
      "de;q=0.1234 | -",
      "de;q= | -",
      "de;level=1 | -",
      "de_DE | -",
      "deutsch-sprache123 | -",
      "de-; | -",
      "@@@ | -",
      "'de, @@@' | -",
  })
  void chooseFollowsLookupWithWeights(String field, String expected) {
    assertThat(shipped.choose(field)).isEqualTo(expected.equals("-") ? null : expected);
  }

  @Test
  void anAbsentFieldChoosesNothing() {
    assertThat(shipped.choose(null)).isNull();
  }

  @Test
  void theSupportedTagIsAnsweredAsConfigured() {
    AcceptLanguage a = new AcceptLanguage(List.of("de-CH", "zh-Hant"));
    assertThat(a.choose("de-ch")).isEqualTo("de-CH");
    assertThat(a.choose("de")).isNull(); // lookup never widens a range: de does not match de-CH
    assertThat(a.choose("zh-TW")).isEqualTo("zh-Hant");
  }

  @Test
  void tooManyRangesOrTooLongAFieldIsIgnored() {
    assertThat(shipped.choose("ko, ".repeat(40) + "de")).isNull();
    assertThat(shipped.choose("de, " + "x".repeat(AcceptLanguage.MAX_LENGTH))).isNull();
  }

  /** Hostile: 10,000 distinct field values do not grow the cache past its bound, and answers stay right. */
  @Test
  void theCacheStaysBoundedUnderManyDistinctValues() {
    AcceptLanguage a = new AcceptLanguage(Messages.SHIPPED);
    for (int i = 0; i < 10_000; i++) {
      String field = "x-" + Integer.toString(i, 36) + ", de;q=0." + (i % 9 + 1); // x-...: a private use tag
      assertThat(a.choose(field)).isEqualTo("de");
      assertThat(a.cacheSize()).isLessThanOrEqualTo(AcceptLanguage.CACHE_SIZE);
    }
    assertThat(a.cacheSize()).isEqualTo(AcceptLanguage.CACHE_SIZE);
    assertThat(a.choose("fr")).isEqualTo("fr"); // still negotiated once the cache is full
    assertThat(a.cacheSize()).isEqualTo(AcceptLanguage.CACHE_SIZE);
  }

  @Test
  void nothingIsChosenWithoutSupportedLanguages() {
    assertThat(new AcceptLanguage(List.of()).choose("de")).isNull();
  }
}
