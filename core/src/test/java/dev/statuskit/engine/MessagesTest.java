package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.LogRecords;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The texts of the localize stage: shipped titles, the application's files, and placeholders. */
class MessagesTest {

  @TempDir
  Path dir;

  enum Unit { SECONDS }

  /** A class loader that sees only the files written to {@link #dir}. */
  private ClassLoader files(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }

  @Test
  void shippedTitlesAreFoundByLanguageWithTheChineseScriptsAsOne() throws IOException {
    Messages m = new Messages("none", files(Map.of()));

    assertThat(m.title(404, "de")).isEqualTo("Nicht gefunden");
    assertThat(m.title(404, "de")).isEqualTo("Nicht gefunden"); // the cached array
    assertThat(m.title(404, "de-CH")).isEqualTo("Nicht gefunden");
    assertThat(m.title(511, "en")).isEqualTo("Network Authentication Required");
    assertThat(m.title(404, "zh-Hant")).isEqualTo("找不到");
    assertThat(m.title(404, "zh-HK")).isEqualTo("找不到");
    assertThat(m.title(404, "zh-Hans")).isEqualTo("未找到");
    assertThat(m.title(404, "zh-SG")).isEqualTo("未找到");
    assertThat(m.title(404, "pt")).isNull();
    assertThat(m.title(404, "x-private")).isNull();
    assertThat(m.title(99, "de")).isNull();
    assertThat(m.title(600, "de")).isNull();
    assertThat(m.title(299, "de")).isNull(); // a status the file has no title for
  }

  @Test
  void theMostSpecificFileOfTheApplicationWins() throws IOException {
    Messages m = new Messages("app.msg", files(Map.of(
        "app/msg_de.properties", "greeting=Hallo\nfarewell=Tschüss\n",
        "app/msg_de_CH.properties", "greeting=Grüezi\n",
        "app/msg_zh_TW.properties", "greeting=你好 (TW)\n",
        "app/msg_zh_Hans.properties", "greeting=你好 (Hans)\n",
        "app/msg_zh.properties", "farewell=再见\n")));

    assertThat(m.message("greeting", "de-CH")).isEqualTo("Grüezi");
    assertThat(m.message("farewell", "de-CH")).isEqualTo("Tschüss");
    assertThat(m.message("greeting", "de")).isEqualTo("Hallo");
    assertThat(m.message("greeting", "de-AT")).isEqualTo("Hallo");
    assertThat(m.message("absent", "de")).isNull();
    assertThat(m.message("greeting", "zh-Hant")).isEqualTo("你好 (TW)");
    assertThat(m.message("greeting", "zh-CN")).isEqualTo("你好 (Hans)");
    assertThat(m.message("farewell", "zh-TW")).isEqualTo("再见");
    assertThat(m.hasMessages("de-CH")).isTrue();
    assertThat(m.hasMessages("fr")).isFalse();
    assertThat(m.hasMessages("und")).isFalse();
    assertThat(m.message("greeting", "und")).isNull();
  }

  @Test
  void theApplicationsLanguagesAreItsFilesPerLanguageAndChineseScript() throws IOException {
    Messages m = new Messages("app.msg", files(Map.of(
        "app/msg_fr.properties", "a=b\n",
        "app/msg_de.properties", "a=b\n",
        "app/msg_pt_BR.properties", "a=b\n",
        "app/msg_zh_Hant.properties", "a=b\n",
        "app/msg_zh_CN.properties", "a=b\n")));

    assertThat(m.applicationLanguages()).containsExactly("de", "fr", "zh-TW", "zh-CN");
    assertThat(new Messages("nothing", files(Map.of())).applicationLanguages()).isEmpty();
  }

  @Test
  void aFileThatCannotBeReadIsNotUsed() throws Exception {
    Messages m = new Messages("bad", files(Map.of("bad_de.properties", "key=\\uZZZZ\n")));

    assertThat(LogRecords.during(Level.WARNING, () -> assertThat(m.hasMessages("de")).isFalse()))
        .singleElement().asString().startsWith("WARNING StatusKit cannot read the messages ")
        .endsWith("bad_de.properties; they are not used");
    assertThat(m.message("key", "de")).isNull();
  }

  @Test
  void theContextClassLoaderIsUsedWithoutALoaderOfItsOwn() throws IOException {
    ClassLoader app = files(Map.of("ctx_de.properties", "k=aus dem Kontext\n"));
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(app);
    try {
      Messages m = new Messages("ctx", null);
      assertThat(m.message("k", "de")).isEqualTo("aus dem Kontext");
      assertThat(m.applicationLanguages()).containsExactly("de");
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Test
  void placeholdersTakeTextualValuesAndListsOfThem() {
    Map<String, Object> v = new HashMap<>();
    v.put("n", 3);
    v.put("ok", true);
    v.put("unit", Unit.SECONDS);
    v.put("uri", URI.create("https://a.example/x"));
    v.put("day", LocalDate.of(2026, 12, 7));
    v.put("wait", Duration.ofSeconds(90));
    v.put("text", new StringBuilder("sb"));
    v.put("list", List.of(1, "two", List.of(3)));
    v.put("bad", List.of(1, new Object()));
    v.put("none", null);

    assertThat(Messages.fill("{n} {ok} {unit} {uri} {day} {wait} {text} [{list}]", v))
        .isEqualTo("3 true SECONDS https://a.example/x 2026-12-07 PT1M30S sb [1, two, 3]");
    assertThat(Messages.fill("{bad}", v)).isNull();
    assertThat(Messages.fill("{none}", v)).isNull();
    assertThat(Messages.fill("{object}", Map.of("object", new Object()))).isNull();
  }

  @Test
  void onlyANameBetweenBracesIsAPlaceholder() {
    Map<String, Object> v = Map.of("a", "A", "a1", "A1", "a_b", "AB", "a-b", "A-B", "é", "E");

    assertThat(Messages.fill("{a}{a1}{a_b}{a-b}{é}", v)).isEqualTo("AA1ABA-BE");
    assertThat(Messages.fill("{a b}{1a}{a.b}{}{", v)).isEqualTo("{a b}{1a}{a.b}{}{");
    assertThat(Messages.fill("x{a}", v)).isEqualTo("xA");
    assertThat(Messages.fill("{a}}", v)).isEqualTo("A}");
    assertThat(Messages.fill("{{a}", v)).isEqualTo("{A");
    assertThat(Messages.hasPlaceholder("no braces")).isFalse();
    assertThat(Messages.hasPlaceholder("{")).isTrue();
  }
}
