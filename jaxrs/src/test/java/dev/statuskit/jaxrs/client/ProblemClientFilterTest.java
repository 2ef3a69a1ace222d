package dev.statuskit.jaxrs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.NotFoundException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemClientFilterTest {

  @Test
  void acceptLanguageRefusesWhatNoFieldCanSay() {
    Locale[] nine = new Locale[9];
    java.util.Arrays.fill(nine, Locale.GERMAN);
    assertThatIllegalArgumentException().isThrownBy(() -> new ProblemClientFilter().acceptLanguage(Locale.ENGLISH, nine))
        .withMessageContaining("at most 9 languages").withMessageContaining("10");
    assertThatIllegalArgumentException().isThrownBy(() -> new ProblemClientFilter().acceptLanguage(Locale.ROOT))
        .withMessageContaining("has no language");
  }

  @Test
  void contentLanguageIsTheFirstWellFormedTag() {
    NotFoundException e = new NotFoundException();
    assertThat(ProblemClient.contentLanguage(e)).isEmpty();
    e.header("Content-Language", "zh-TW, en");
    assertThat(ProblemClient.contentLanguage(e)).contains(Locale.forLanguageTag("zh-TW"));
    NotFoundException bad = new NotFoundException();
    bad.header("Content-Language", "de_DE");
    assertThat(ProblemClient.contentLanguage(bad)).isEmpty();
  }
}
