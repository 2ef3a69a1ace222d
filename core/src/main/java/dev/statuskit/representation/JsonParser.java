package dev.statuskit.representation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strict RFC 8259 parser for reading problem documents back without a JSON library: objects become
 * insertion-ordered maps, arrays lists, numbers {@code Integer}, {@code Long}, {@code BigInteger} or
 * {@code BigDecimal} (integral values take the smallest type that holds them; fractions stay exact), and
 * {@code true}/{@code false}/{@code null} their Java values.
 *
 * <p>Nesting is limited to {@value #MAX_DEPTH} levels; duplicate member names are rejected, since
 * parsers disagree on which one wins (RFC 8259 §4). Errors name the offset.
 */
final class JsonParser {

  static final int MAX_DEPTH = 64;

  private final String s;
  private int i;
  private int depth;

  private JsonParser(String s) {
    this.s = s;
  }

  /** Parses one JSON text; whitespace around it is allowed, anything else after it is not. */
  static @Nullable Object parse(String text) {
    JsonParser p = new JsonParser(text);
    p.ws();
    Object v = p.value();
    p.ws();
    if (p.i != text.length()) {
      throw p.error("unexpected data after the JSON text");
    }
    return v;
  }

  private @Nullable Object value() {
    if (i >= s.length()) {
      throw error("unexpected end of input");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
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
        throw error("unexpected character '" + (c < 0x20 ? "\\u" + String.format("%04x", (int) c) : String.valueOf(c)) + "'");
    }
  }

  private Map<String, @Nullable Object> object() {
    enter();
    i++; // {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    ws();
    if (peek() == '}') {
      i++;
      depth--;
      return m;
    }
    while (true) {
      ws();
      if (peek() != '"') {
        throw error("member name expected");
      }
      String name = string();
      ws();
      expect(':');
      ws();
      if (m.containsKey(name)) {
        throw error("duplicate member name \"" + name + "\"");
      }
      m.put(name, value());
      ws();
      char c = next();
      if (c == '}') {
        depth--;
        return m;
      }
      if (c != ',') {
        throw error("',' or '}' expected");
      }
    }
  }

  private List<@Nullable Object> array() {
    enter();
    i++; // [
    List<@Nullable Object> list = new ArrayList<>();
    ws();
    if (peek() == ']') {
      i++;
      depth--;
      return list;
    }
    while (true) {
      ws();
      list.add(value());
      ws();
      char c = next();
      if (c == ']') {
        depth--;
        return Collections.unmodifiableList(list);
      }
      if (c != ',') {
        throw error("',' or ']' expected");
      }
    }
  }

  private String string() {
    i++; // opening quote
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
        throw error("unescaped control character in string");
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(s, start, i);
        i++;
        if (i >= s.length()) {
          throw error("unterminated escape");
        }
        char e = s.charAt(i++);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw error("truncated \\u escape");
            }
            int cp = 0;
            for (int k = 0; k < 4; k++) {
              int d = Character.digit(s.charAt(i + k), 16);
              if (d < 0) {
                throw error("bad \\u escape");
              }
              cp = cp * 16 + d;
            }
            i += 4;
            sb.append((char) cp);
          }
          default -> throw error("bad escape \\" + e);
        }
        start = i;
      } else {
        i++;
      }
    }
  }

  private Number number() {
    int start = i;
    if (peek() == '-') {
      i++;
    }
    if (peek() == '0') {
      i++;
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        i++;
      }
    } else {
      throw error("digit expected");
    }
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      i++;
      if (!isDigit(peek())) {
        throw error("digit expected after '.'");
      }
      while (isDigit(peek())) {
        i++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      i++;
      if (peek() == '+' || peek() == '-') {
        i++;
      }
      if (!isDigit(peek())) {
        throw error("digit expected in exponent");
      }
      while (isDigit(peek())) {
        i++;
      }
    }
    String n = s.substring(start, i);
    if (!integral) {
      return new BigDecimal(n);
    }
    BigInteger big = new BigInteger(n);
    if (big.bitLength() < 32) {
      return big.intValue();
    }
    if (big.bitLength() < 64) {
      return big.longValue();
    }
    return big;
  }

  private @Nullable Object literal(String word, @Nullable Object v) {
    if (!s.startsWith(word, i)) {
      throw error("'" + word + "' expected");
    }
    i += word.length();
    return v;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH + " levels");
    }
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private char next() {
    if (i >= s.length()) {
      throw error("unexpected end of input");
    }
    return s.charAt(i++);
  }

  private void expect(char c) {
    if (next() != c) {
      i--;
      throw error("'" + c + "' expected");
    }
  }

  private void ws() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else {
        return;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("malformed JSON at offset " + i + ": " + message + " (RFC 8259)");
  }
}
