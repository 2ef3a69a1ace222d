package dev.statuskit.representation;

import static dev.statuskit.representation.Utf8Sink.asciiBytes;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code application/problem+json} (RFC 9457 §3) as UTF-8 (RFC 8259 §8.1).
 *
 * <p>Members in a fixed order: {@code type}, {@code title}, {@code status} (a JSON integer),
 * {@code detail}, {@code instance}, then the extensions in insertion order; absent members are
 * omitted. Strings escape {@code "}, {@code \} and U+0000-U+001F (RFC 8259 §7), using the short forms
 * {@code \b \f \n \r \t} where they exist and {@code \}{@code u00XX} otherwise; everything else is
 * written as UTF-8, and a lone surrogate becomes U+FFFD.
 */
final class JsonFormat {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonFormat() {}

  // The member names, encoded once.
  private static final byte[] TYPE = asciiBytes("{\"type\":");
  private static final byte[] TITLE = asciiBytes(",\"title\":");
  private static final byte[] STATUS = asciiBytes(",\"status\":");
  private static final byte[] DETAIL = asciiBytes(",\"detail\":");
  private static final byte[] INSTANCE = asciiBytes(",\"instance\":");

  /**
   * The start of the most common document, {@code "type":"about:blank","title":"<reason phrase>","status":<code>}
   * after the opening brace,
   * encoded once per registered status (indexed by code): a problem with the default type and title
   * writes it in one copy.
   */
  private static final byte[][] HEADS = new byte[600][];
  /** The reason phrase each head holds, to check that a problem's title is that phrase. */
  private static final String[] PHRASES = new String[600];

  static {
    for (HttpStatus status : HttpStatus.values()) {
      String phrase = status.reasonPhrase();
      if (!phrase.isEmpty() && phrase.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\')) {
        PHRASES[status.code()] = phrase;
        HEADS[status.code()] = asciiBytes("{\"type\":\"" + Problem.ABOUT_BLANK + "\",\"title\":\"" + phrase
            + "\",\"status\":" + status.code());
      }
    }
  }

  private static final String ABOUT_BLANK = Problem.ABOUT_BLANK.toString();

  static void write(PreparedProblem p, Utf8Sink s) throws IOException {
    int status = p.status();
    String title = p.title();
    if (status > 0 && status < 600 && PHRASES[status] != null && PHRASES[status].equals(title)
        && ABOUT_BLANK.equals(p.type())) {
      s.raw(HEADS[status]);
    } else {
      s.raw(TYPE);
      string(p.type(), s);
      if (title != null) {
        s.raw(TITLE);
        string(title, s);
      }
      if (status != 0) {
        s.raw(STATUS).decimal(status);
      }
    }
    if (p.detail() != null) {
      s.raw(DETAIL);
      string(p.detail(), s);
    }
    if (p.instance() != null) {
      s.raw(INSTANCE);
      string(p.instance(), s);
    }
    Map<String, @Nullable Object> extensions = p.extensions();
    if (!extensions.isEmpty()) {
      Members members = new Members(s);
      extensions.forEach(members); // Map.forEach: no iterator and no entry objects on the error path
      members.rethrow();
    }
    s.ascii('}');
  }

  /** Writes the extension members in map order; a failure of the stream is kept and rethrown after the walk. */
  private static final class Members implements BiConsumer<String, @Nullable Object> {
    private final Utf8Sink s;
    private @Nullable IOException failed;

    Members(Utf8Sink s) {
      this.s = s;
    }

    @Override
    public void accept(String name, @Nullable Object value) {
      if (failed != null) {
        return;
      }
      try {
        s.ascii(',');
        string(name, s);
        s.ascii(':');
        value(value, s);
      } catch (IOException e) {
        failed = e;
      }
    }

    void rethrow() throws IOException {
      if (failed != null) {
        throw failed;
      }
    }
  }

  /** Writes a value of the checked tree built by {@link ExtensionValues}. */
  static void value(@Nullable Object v, Utf8Sink s) throws IOException {
    if (v == null) {
      s.ascii("null");
    } else if (v instanceof String str) {
      string(str, s);
    } else if (v instanceof Boolean b) {
      s.ascii(b ? "true" : "false");
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      s.decimal(((Number) v).longValue()); // the digits toString() gives, without the string
    } else if (v instanceof Number n) {
      s.ascii(n.toString()); // Long, Integer, BigInteger, BigDecimal, finite Double/Float: valid JSON numbers
    } else if (v instanceof Map<?, ?> m) {
      s.ascii('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          s.ascii(',');
        }
        first = false;
        string((String) e.getKey(), s);
        s.ascii(':');
        value(e.getValue(), s);
      }
      s.ascii('}');
    } else {
      s.ascii('[');
      boolean first = true;
      for (Object item : (List<?>) v) {
        if (!first) {
          s.ascii(',');
        }
        first = false;
        value(item, s);
      }
      s.ascii(']');
    }
  }

  static void string(String str, Utf8Sink s) throws IOException {
    s.ascii('"');
    int len = str.length();
    for (int i = s.copyJsonPlain(str, 0); i < len; i = s.copyJsonPlain(str, i)) {
      char c = str.charAt(i);
      if (c >= 0x20 && c < 0x80) {
        if (c == '"' || c == '\\') {
          s.ascii('\\');
        }
        s.ascii(c);
        i++;
      } else if (c < 0x20) {
        switch (c) {
          case '\b' -> s.ascii("\\b");
          case '\f' -> s.ascii("\\f");
          case '\n' -> s.ascii("\\n");
          case '\r' -> s.ascii("\\r");
          case '\t' -> s.ascii("\\t");
          default -> s.ascii("\\u00").ascii(HEX[c >> 4]).ascii(HEX[c & 0xF]);
        }
        i++;
      } else {
        int cp = Utf8Sink.scalarAt(str, i);
        s.codePoint(cp);
        i += Character.charCount(cp);
      }
    }
    s.ascii('"');
  }
}
