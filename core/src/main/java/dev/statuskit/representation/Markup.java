package dev.statuskit.representation;

import java.io.IOException;

/** Text escaping shared by the XML and HTML forms. */
final class Markup {

  private Markup() {}

  /**
   * Whether XML 1.0 allows a character at all (XML 1.0 §2.2 {@code Char}): not U+0000-U+0008,
   * U+000B, U+000C, U+000E-U+001F, U+FFFE or U+FFFF, not even as a character reference.
   */
  static boolean isXmlChar(int cp) {
    return cp >= 0x20 ? cp != 0xFFFE && cp != 0xFFFF : cp == 0x9 || cp == 0xA || cp == 0xD;
  }

  /**
   * Writes text escaped for element content and double- or single-quoted attributes: {@code &},
   * {@code <}, {@code >}, {@code "} and {@code '} as references, CR as {@code &#13;} (so parsers do
   * not turn it into LF), characters XML 1.0 forbids removed, lone surrogates as U+FFFD.
   */
  static void text(String str, Utf8Sink s) throws IOException {
    int len = str.length();
    // Runs that need no escaping are copied whole; the loop body sees only the char that ends one.
    for (int i = s.copyMarkupPlain(str, 0); i < len; i = s.copyMarkupPlain(str, i)) {
      char c = str.charAt(i);
      switch (c) {
        case '&' -> s.ascii("&amp;");
        case '<' -> s.ascii("&lt;");
        case '>' -> s.ascii("&gt;");
        case '"' -> s.ascii("&quot;");
        case '\'' -> s.ascii("&#39;");
        case '\r' -> s.ascii("&#13;");
        default -> {
          int cp = Utf8Sink.scalarAt(str, i);
          if (isXmlChar(cp)) {
            s.codePoint(cp);
          }
          i += Character.charCount(cp);
          continue;
        }
      }
      i++;
    }
  }
}
