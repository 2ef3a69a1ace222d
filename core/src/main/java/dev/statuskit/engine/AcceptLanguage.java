package dev.statuskit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses one of the supported languages for an {@code Accept-Language} field (RFC 9110 §12.5.4) by
 * the lookup scheme of RFC 4647 §3.4: ranges by descending weight (ties in the order sent), each
 * range tried as it is and then with its last subtag cut off ({@code de-CH-1996}, {@code de-CH},
 * {@code de}); {@code *} stands for the first supported language not excluded; a language
 * excluded with {@code q=0} is never chosen. Chinese script and region subtags are one language:
 * {@code zh-Hant}, {@code zh-TW}, {@code zh-HK}, {@code zh-MO} choose the supported one of them, and
 * {@code zh-Hans}, {@code zh-CN}, {@code zh-SG} likewise.
 *
 * <p>A malformed field (a range or weight outside the grammar, more than {@value #MAX_RANGES} ranges,
 * more than {@value #MAX_LENGTH} characters) is ignored as if absent, never an error. Answers are
 * cached per field value, at most {@value #CACHE_SIZE} of them: once full, further values are
 * negotiated each time but not stored, so that many distinct values (a hostile client) cannot
 * grow memory.
 */
final class AcceptLanguage {

  static final int CACHE_SIZE = 512;
  static final int MAX_LENGTH = 1024;
  static final int MAX_RANGES = 32;

  private static final String NONE = ""; // cached "no language"
  private static final Pattern RANGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern WEIGHT = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

  /** The supported tags, as configured (their case is what Content-Language says). */
  private final List<String> supported;
  /** The same, as lookup keys ({@link #key}). */
  private final List<String> keys;
  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

  AcceptLanguage(List<String> supported) {
    this.supported = List.copyOf(supported);
    List<String> k = new ArrayList<>();
    for (String s : this.supported) {
      k.add(key(s));
    }
    this.keys = List.copyOf(k);
  }

  List<String> supported() {
    return supported;
  }

  /**
   * The supported language the field asks for.
   *
   * @param field the {@code Accept-Language} field value, or {@code null} when absent
   * @return a supported tag, or {@code null} when the field is absent, malformed, or names none
   */
  @Nullable String choose(@Nullable String field) {
    if (field == null || supported.isEmpty()) {
      return null;
    }
    String cached = cache.get(field);
    if (cached == null) {
      cached = negotiate(field);
      if (cache.size() < CACHE_SIZE && field.length() <= 256) {
        cache.putIfAbsent(field, cached);
      }
    }
    return cached.isEmpty() ? null : cached;
  }

  /** How many answers are cached (never more than {@value #CACHE_SIZE}). */
  int cacheSize() {
    return cache.size();
  }

  private String negotiate(String field) {
    List<Range> ranges = parse(field);
    if (ranges == null) {
      return NONE;
    }
    List<String> excluded = new ArrayList<>();
    for (Range r : ranges) {
      if (r.q == 0 && !r.tag.equals("*")) {
        excluded.add(key(r.tag));
      }
    }
    ranges.sort((a, b) -> Integer.compare(b.q, a.q)); // stable: ties keep the order sent
    for (Range r : ranges) {
      if (r.q == 0) {
        break;
      }
      if (r.tag.equals("*")) {
        for (int i = 0; i < keys.size(); i++) {
          if (!excluded.contains(keys.get(i))) {
            return supported.get(i);
          }
        }
        continue;
      }
      String candidate = r.tag.toLowerCase(Locale.ROOT);
      while (true) {
        String k = key(candidate);
        int i = keys.indexOf(k);
        if (i >= 0 && !excluded.contains(k)) {
          return supported.get(i);
        }
        int cut = candidate.lastIndexOf('-');
        if (cut < 0) {
          break;
        }
        candidate = candidate.substring(0, cut);
        if (candidate.length() > 1 && candidate.charAt(candidate.length() - 2) == '-') {
          candidate = candidate.substring(0, candidate.length() - 2); // a singleton is cut with what follows it
        }
      }
    }
    return NONE;
  }

  /** The ranges of a field, or {@code null} if it is malformed. */
  private static @Nullable List<Range> parse(String field) {
    if (field.length() > MAX_LENGTH) {
      return null;
    }
    List<Range> ranges = new ArrayList<>();
    for (String element : field.split(",", -1)) {
      String e = element.strip();
      if (e.isEmpty()) {
        continue; // RFC 9110 §5.6.1: empty list elements are allowed and ignored
      }
      if (ranges.size() == MAX_RANGES) {
        return null;
      }
      int semi = e.indexOf(';');
      String tag = (semi < 0 ? e : e.substring(0, semi)).strip();
      int q = 1000;
      if (semi >= 0) {
        String param = e.substring(semi + 1).strip();
        if (!param.startsWith("q=") && !param.startsWith("Q=")) {
          return null;
        }
        q = weight(param.substring(2));
        if (q < 0) {
          return null;
        }
      }
      if (!tag.equals("*") && !RANGE.matcher(tag).matches()) {
        return null;
      }
      ranges.add(new Range(tag, q));
    }
    return ranges.isEmpty() ? null : ranges;
  }

  /** A weight (RFC 9110 §12.4.2) in thousandths, or -1 if malformed. */
  private static int weight(String v) {
    if (!WEIGHT.matcher(v).matches()) {
      return -1;
    }
    if (v.charAt(0) == '1') {
      return 1000;
    }
    String digits = v.length() > 2 ? v.substring(2) : "";
    return digits.isEmpty() ? 0 : Integer.parseInt((digits + "00").substring(0, 3));
  }

  /** The lookup key of a tag: lower case, with the Chinese script and region variants made one. */
  static String key(String tag) {
    String t = tag.toLowerCase(Locale.ROOT);
    if (t.equals("zh-hant") || t.startsWith("zh-hant-") || t.equals("zh-tw") || t.equals("zh-hk")
        || t.equals("zh-mo")) {
      return "zh-hant";
    }
    if (t.equals("zh-hans") || t.startsWith("zh-hans-") || t.equals("zh-cn") || t.equals("zh-sg")) {
      return "zh-hans";
    }
    return t;
  }

  private record Range(String tag, int q) {}
}
