package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedTitlesTest {

  static Iterable<String> shipped() {
    return Messages.SHIPPED;
  }

  /** Every registered 4xx and 5xx, and every 3xx but the unused 306. */
  static Set<String> titled() {
    Set<String> codes = new TreeSet<>();
    for (HttpStatus s : HttpStatus.values()) {
      if (s.code() >= 300 && s.code() != 306) {
        codes.add(Integer.toString(s.code()));
      }
    }
    return codes;
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyShippedLanguageHasATitleForEveryStatusAndNoOther(String tag) throws IOException {
    Properties p = new Properties();
    String file = "titles_" + tag.replace('-', '_') + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(p.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(titled());
    Messages messages = new Messages("statuskit-messages", null);
    for (String code : titled()) {
      String title = p.getProperty(code);
      assertThat(title).as(file + " " + code).isNotBlank().isEqualTo(title.strip()).doesNotContain("\uFFFD");
      assertThat(messages.title(Integer.parseInt(code), tag)).isEqualTo(title);
    }
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void englishIsTheReasonPhrase(String tag) {
    Messages messages = new Messages("statuskit-messages", null);
    for (String code : titled()) {
      HttpStatus s = HttpStatus.valueOf(Integer.parseInt(code));
      assertThat(messages.title(s.code(), "en")).isEqualTo(s.reasonPhrase());
      if (!tag.equals("en")) {
        assertThat(messages.title(s.code(), tag)).as(tag + " " + code).isNotEqualTo(s.reasonPhrase());
      }
    }
  }
}
