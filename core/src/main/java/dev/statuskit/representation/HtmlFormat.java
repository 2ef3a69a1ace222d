package dev.statuskit.representation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code text/html} page a person can read: the status and title as heading, the detail,
 * then a definition list of type, instance and every extension member (maps as nested lists).
 *
 * <p>Self-contained: inline CSS only, no scripts, no links, no images, and a
 * {@code Content-Security-Policy} of {@code default-src 'none'} in a {@code meta} element. Every value
 * is escaped by {@link Markup#text}. The markup is also well-formed XML (polyglot), so XML tools
 * and the tests can parse it.
 */
final class HtmlFormat {

  private static final String HEAD_START = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
      + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>"
      + "<meta name=\"robots\" content=\"noindex\"/><title>";

  private static final String STYLE = "<style>"
      + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2430}"
      + "main{max-width:48rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px;"
      + "box-shadow:0 1px 3px rgba(0,0,0,.12)}"
      + "h1{margin-top:0;font-size:1.6rem}.detail{font-size:1.1rem;white-space:pre-wrap}"
      + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}"
      + "dt{font-weight:600;color:#4a5568}dd{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}"
      + "ol{margin:0;padding-left:1.4rem}.null{color:#718096;font-style:italic}"
      + "</style></head><body><main>";

  private HtmlFormat() {}

  static void write(PreparedProblem p, Utf8Sink s) throws IOException {
    s.ascii(p.language() == null ? HEAD_START : HEAD_START.replace("lang=\"en\"", "lang=\"" + p.language() + "\""));
    Markup.text(p.heading(), s);
    s.ascii("</title>").ascii(STYLE).ascii("<h1>");
    Markup.text(p.heading(), s);
    s.ascii("</h1>");
    if (p.detail() != null) {
      s.ascii("<p class=\"detail\">");
      Markup.text(p.detail(), s);
      s.ascii("</p>");
    }
    s.ascii("<dl>");
    entry("type", p.type(), s);
    if (p.instance() != null) {
      entry("instance", p.instance(), s);
    }
    for (Map.Entry<String, @Nullable Object> e : p.extensions().entrySet()) {
      entry(e.getKey(), e.getValue(), s);
    }
    s.ascii("</dl></main></body></html>\n");
  }

  private static void entry(String name, @Nullable Object v, Utf8Sink s) throws IOException {
    s.ascii("<dt>");
    Markup.text(name, s);
    s.ascii("</dt><dd>");
    value(v, s);
    s.ascii("</dd>");
  }

  private static void value(@Nullable Object v, Utf8Sink s) throws IOException {
    if (v == null) {
      s.ascii("<span class=\"null\">null</span>");
    } else if (v instanceof String str) {
      Markup.text(str, s);
    } else if (v instanceof Map<?, ?> m) {
      s.ascii("<dl>");
      for (Map.Entry<?, ?> e : m.entrySet()) {
        entry((String) e.getKey(), e.getValue(), s);
      }
      s.ascii("</dl>");
    } else if (v instanceof List<?> l) {
      s.ascii("<ol>");
      for (Object item : l) {
        s.ascii("<li>");
        value(item, s);
        s.ascii("</li>");
      }
      s.ascii("</ol>");
    } else {
      s.ascii(v.toString()); // Boolean or Number: ASCII
    }
  }
}
