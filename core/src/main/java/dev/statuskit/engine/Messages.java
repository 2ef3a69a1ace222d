package dev.statuskit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the localize stage: StatusKit's own status titles ({@code titles_<lang>.properties}
 * beside this class) and the application's message bundle (class-path resources
 * {@code <base>_<lang>.properties}, {@code <base>_<lang>_<REGION>.properties}), both UTF-8. Files are
 * read once per language; the languages looked up are those negotiation may choose, so the cache
 * is as small as the supported list.
 */
final class Messages {

  /** The languages StatusKit ships titles in, in the order {@code *} prefers them. */
  static final List<String> SHIPPED = List.of("en", "de", "fr", "es", "ja", "zh-TW", "zh-CN");

  private static final System.Logger LOG = System.getLogger("dev.statuskit");
  private static final Properties EMPTY = new Properties();
  private static final int MAX_CACHED = 64;
  private static final String[] NO_TITLES = new String[500];

  private final String base;
  private final @Nullable ClassLoader loader;
  private final ConcurrentHashMap<String, Properties> shipped = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Properties> application = new ConcurrentHashMap<>();
  /** Per language tag: the application's files for it, most specific first (empty ones left out). */
  private final ConcurrentHashMap<String, List<Properties>> files = new ConcurrentHashMap<>();
  /** Per language tag: the shipped titles by status, resolved once (no title where StatusKit ships none). */
  private final ConcurrentHashMap<String, String[]> titles = new ConcurrentHashMap<>();

  Messages(String base, @Nullable ClassLoader loader) {
    this.base = base.replace('.', '/');
    this.loader = loader;
  }

  /** StatusKit's title of a status in a language, or {@code null}. */
  @Nullable String title(int status, String tag) {
    String[] byStatus = titles.get(tag);
    if (byStatus == null) {
      byStatus = byStatus(shippedTitles(tag));
      if (titles.size() < MAX_CACHED) {
        titles.putIfAbsent(tag, byStatus);
      }
    }
    return status >= 100 && status <= 599 ? byStatus[status - 100] : null;
  }

  /** The titles of a file by status (index {@code status - 100}), so that a look-up allocates nothing. */
  private static String[] byStatus(Properties p) {
    if (p.isEmpty()) {
      return NO_TITLES;
    }
    String[] byStatus = new String[500];
    for (int status = 100; status <= 599; status++) {
      byStatus[status - 100] = p.getProperty(Integer.toString(status));
    }
    return byStatus;
  }

  private Properties shippedTitles(String tag) {
    String suffix = suffix(tag);
    if (suffix == null) {
      return EMPTY;
    }
    Properties p = shipped.get(suffix);
    if (p == null) {
      p = read(Messages.class.getResource("titles_" + suffix + ".properties"));
      shipped.putIfAbsent(suffix, p);
    }
    return p;
  }

  /** Whether the application has messages in a language at all: when not, no key is looked up. */
  boolean hasMessages(String tag) {
    return !files(tag).isEmpty();
  }

  /** The application's message of a key in a language (most specific file first), or {@code null}. */
  @Nullable String message(String key, String tag) {
    for (Properties p : files(tag)) {
      String v = p.getProperty(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private List<Properties> files(String tag) {
    List<Properties> found = files.get(tag);
    if (found == null) {
      List<Properties> list = new ArrayList<>();
      for (String name : candidates(tag)) {
        Properties p = application(name);
        if (!p.isEmpty()) {
          list.add(p);
        }
      }
      found = List.copyOf(list);
      if (files.size() < MAX_CACHED) {
        files.putIfAbsent(tag, found);
      }
    }
    return found;
  }

  /**
   * The languages the application's bundle provides: a file per ISO 639 language
   * ({@code base_de.properties}), and the Chinese scripts ({@code base_zh_TW}, {@code base_zh_CN},
   * {@code base_zh_Hant}, {@code base_zh_Hans}). Probed once, when the supported list is not
   * configured; a file for a region only ({@code base_pt_BR}) is supported when configured.
   */
  List<String> applicationLanguages() {
    Set<String> found = new LinkedHashSet<>();
    ClassLoader cl = classLoader();
    for (String lang : Locale.getISOLanguages()) {
      if (cl.getResource(base + "_" + lang + ".properties") != null) {
        found.add(lang);
      }
    }
    for (String[] zh : new String[][] {{"zh_TW", "zh-TW"}, {"zh_Hant", "zh-TW"}, {"zh_CN", "zh-CN"},
        {"zh_Hans", "zh-CN"}}) {
      if (cl.getResource(base + "_" + zh[0] + ".properties") != null) {
        found.add(zh[1]);
      }
    }
    return List.copyOf(found);
  }

  private List<String> candidates(String tag) {
    List<String> names = new ArrayList<>();
    Locale l = Locale.forLanguageTag(tag);
    String lang = l.getLanguage();
    if (lang.isEmpty()) {
      return names;
    }
    String key = AcceptLanguage.key(tag);
    if (key.equals("zh-hant")) {
      names.add("zh_TW");
      names.add("zh_Hant");
    } else if (key.equals("zh-hans")) {
      names.add("zh_CN");
      names.add("zh_Hans");
    } else if (!l.getCountry().isEmpty()) {
      names.add(lang + "_" + l.getCountry());
    }
    names.add(lang);
    return names;
  }

  private Properties application(String suffix) {
    Properties p = application.get(suffix);
    if (p == null) {
      p = read(classLoader().getResource(base + "_" + suffix + ".properties"));
      if (application.size() < MAX_CACHED) {
        application.putIfAbsent(suffix, p);
      }
    }
    return p;
  }

  private ClassLoader classLoader() {
    if (loader != null) {
      return loader;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Messages.class.getClassLoader();
  }

  /** The file suffix of a shipped language, or {@code null} if StatusKit ships no titles in it. */
  private static @Nullable String suffix(String tag) {
    String key = AcceptLanguage.key(tag);
    if (key.equals("zh-hant")) {
      return "zh_TW";
    }
    if (key.equals("zh-hans")) {
      return "zh_CN";
    }
    String lang = Locale.forLanguageTag(tag).getLanguage();
    return SHIPPED.contains(lang) ? lang : null;
  }

  private static Properties read(@Nullable URL url) {
    if (url == null) {
      return EMPTY;
    }
    Properties p = new Properties();
    try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "StatusKit cannot read the messages " + url + "; they are not used", e);
      return EMPTY;
    }
    return p;
  }

  /**
   * Fills the {@code {name}} placeholders of a template with values. A value is inserted as text and
   * never read again, so a value cannot add placeholders or markup to the template; a brace that
   * does not open a placeholder name is kept as it is.
   *
   * @param template the message
   * @param values by name
   * @return the text, or {@code null} if a placeholder has no value that can be written as text
   */
  static @Nullable String fill(String template, Map<String, @Nullable Object> values) {
    if (!hasPlaceholder(template)) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i + 1 && isName(template, i + 1, close)) {
        String text = text(values.get(template.substring(i + 1, close)));
        if (text == null) {
          return null;
        }
        out.append(text);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Whether a template may have a placeholder: without a brace it is its own text, and needs no values. */
  static boolean hasPlaceholder(String template) {
    return template.indexOf('{') >= 0;
  }

  private static boolean isName(String s, int from, int to) {
    if (!Character.isLetter(s.charAt(from))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String text(@Nullable Object v) {
    if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>
        || v instanceof java.net.URI || v instanceof java.time.temporal.TemporalAccessor
        || v instanceof java.time.Duration) {
      return v.toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder();
      for (Object item : list) {
        String t = text(item);
        if (t == null) {
          return null;
        }
        b.append(b.length() == 0 ? "" : ", ").append(t);
      }
      return b.toString();
    }
    return null;
  }
}
