package dev.statuskit.representation;

import dev.statuskit.header.internal.FieldSyntax;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strict RFC 8259 parser for problem documents, so clients without a JSON library can read problems
 * back. Numbers become {@link Integer}, {@link Long} or {@link BigInteger} when integral and
 * {@link BigDecimal} otherwise (exact); objects are unmodifiable maps in document order, arrays
 * unmodifiable lists. A name repeated in one object is rejected (RFC 8259 §4 leaves its meaning
 * open), as is nesting deeper than {@link #MAX_NESTING}.
 */
final class JsonParser {

  /** The document object plus 32 levels of extension values, as the writer allows. */
  static final int MAX_NESTING = ExtensionValues.MAX_DEPTH + 1;

  private final String s;
  private int i;

  private JsonParser(String s) {
    this.s = s;
  }

  static @Nullable Object parse(String json) {
    JsonParser p = new JsonParser(json);
    p.ws();
    Object v = p.value(0);
    p.ws();
    if (p.i != json.length()) {
      throw p.error("unexpected text after the JSON value");
    }
    return v;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("not valid JSON (RFC 8259): " + what + " at offset " + i);
  }

  private void ws() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      i++;
    }
  }

  private @Nullable Object value(int depth) {
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || c >= '0' && c <= '9') {
          return number();
        }
        throw error("unexpected character '" + (c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c)) + "'");
    }
  }

  private @Nullable Object literal(String word, @Nullable Object v) {
    if (!s.startsWith(word, i)) {
      throw error("expected " + word);
    }
    i += word.length();
    return v;
  }

  private Map<String, @Nullable Object> object(int depth) {
    if (depth > MAX_NESTING) {
      throw error("nesting deeper than " + MAX_NESTING + " levels");
    }
    i++;
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    ws();
    if (i < s.length() && s.charAt(i) == '}') {
      i++;
      return Collections.unmodifiableMap(m);
    }
    while (true) {
      ws();
      if (i >= s.length() || s.charAt(i) != '"') {
        throw error("expected a member name");
      }
      int at = i;
      String name = string();
      ws();
      expect(':');
      ws();
      Object v = value(depth);
      if (m.containsKey(name)) {
        i = at;
        throw error("duplicate member name " + FieldSyntax.show(name));
      }
      m.put(name, v);
      ws();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
        continue;
      }
      expect('}');
      return Collections.unmodifiableMap(m);
    }
  }

  private List<@Nullable Object> array(int depth) {
    if (depth > MAX_NESTING) {
      throw error("nesting deeper than " + MAX_NESTING + " levels");
    }
    i++;
    List<@Nullable Object> l = new ArrayList<>();
    ws();
    if (i < s.length() && s.charAt(i) == ']') {
      i++;
      return Collections.unmodifiableList(l);
    }
    while (true) {
      ws();
      l.add(value(depth));
      ws();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
        continue;
      }
      expect(']');
      return Collections.unmodifiableList(l);
    }
  }

  private void expect(char c) {
    if (i >= s.length() || s.charAt(i) != c) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private String string() {
    i++; // the opening quote
    StringBuilder sb = null;
    int start = i;
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i);
      if (c == '"') {
        String out = sb == null ? s.substring(start, i) : sb.append(s, start, i).toString();
        i++;
        return out;
      }
      if (c < 0x20) {
        throw error("unescaped control character in a string");
      }
      if (c != '\\') {
        i++;
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder();
      }
      sb.append(s, start, i);
      if (i + 1 >= s.length()) {
        throw error("unterminated escape");
      }
      char e = s.charAt(i + 1);
      i += 2;
      switch (e) {
        case '"' -> sb.append('"');
        case '\\' -> sb.append('\\');
        case '/' -> sb.append('/');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw error("short \\u escape");
          }
          int v = 0;
          for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0 || s.charAt(i + k) > 0x7f) {
              i -= 2;
              throw error("bad \\u escape");
            }
            v = v << 4 | d;
          }
          sb.append((char) v);
          i += 4;
        }
        default -> {
          i -= 2;
          throw error("bad escape");
        }
      }
      start = i;
    }
  }

  private Number number() {
    int start = i;
    if (s.charAt(i) == '-') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '0') {
      i++;
    } else if (!digits()) {
      throw error("expected a digit");
    }
    boolean integral = true;
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      integral = false;
      if (!digits()) {
        throw error("expected a digit after '.'");
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      integral = false;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (!digits()) {
        throw error("expected a digit in the exponent");
      }
    }
    String text = s.substring(start, i);
    if (!integral) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        i = start;
        throw error("number out of range"); // an exponent beyond what BigDecimal holds
      }
    }
    if (text.length() <= 18) {
      long l = Long.parseLong(text);
      return l == (int) l ? (Number) (int) l : (Number) l;
    }
    BigInteger b = new BigInteger(text);
    return b.bitLength() < 64 ? (Number) b.longValue() : b;
  }

  private boolean digits() {
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > start;
  }
}
