package dev.statuskit.representation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code text/plain}: the heading ("429 Too Many Requests"), the detail, then one
 * {@code name: value} line each for type, instance and the extension members, with maps and lists
 * written as JSON.
 *
 * <p>Control characters other than tab and line feed (C0, DEL and C1) are removed so the text
 * cannot drive a terminal; lone surrogates become U+FFFD.
 */
final class TextFormat {

  private TextFormat() {}

  static void write(PreparedProblem p, Utf8Sink s) throws IOException {
    text(p.heading(), s);
    s.ascii('\n');
    if (p.detail() != null) {
      s.ascii('\n');
      text(p.detail(), s);
      s.ascii('\n');
    }
    s.ascii('\n');
    line("type", p.type(), s);
    if (p.instance() != null) {
      line("instance", p.instance(), s);
    }
    for (Map.Entry<String, @Nullable Object> e : p.extensions().entrySet()) {
      line(e.getKey(), e.getValue(), s);
    }
  }

  private static void line(String name, @Nullable Object v, Utf8Sink s) throws IOException {
    text(name, s);
    s.ascii(": ");
    if (v instanceof String str) {
      text(str, s);
    } else if (v instanceof Map<?, ?> || v instanceof List<?>) {
      Utf8Sink json = new Utf8Sink(128);
      JsonFormat.value(v, json);
      text(new String(json.toByteArray(), StandardCharsets.UTF_8), s);
    } else {
      s.ascii(String.valueOf(v)); // null, Boolean or Number: ASCII
    }
    s.ascii('\n');
  }

  private static void text(String str, Utf8Sink s) throws IOException {
    for (int i = 0; i < str.length(); ) {
      int cp = Utf8Sink.scalarAt(str, i);
      if (cp >= 0x20 && cp < 0x7F || cp > 0x9F || cp == '\t' || cp == '\n') {
        s.codePoint(cp);
      }
      i += Character.charCount(cp);
    }
  }
}
