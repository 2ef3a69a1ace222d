package dev.statuskit.header;

import dev.statuskit.header.internal.FieldSyntax;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Structured Field Values (RFC 9651): the serializer and the parser of Lists, Inner Lists, Items
 * and Parameters, with every bare item type (Integer, Decimal, String, Token, Byte Sequence,
 * Boolean, Date, Display String).
 *
 * <p>Serializing follows RFC 9651 §4.1 and fails (with an {@link IllegalArgumentException} naming
 * the value and the rule) where the algorithm fails; parsing follows §4.2 and fails on anything the
 * algorithm rejects, so that a client can ignore a malformed field as a whole. Bare items are
 * {@link Long}, {@link BigDecimal}, {@link String}, {@link Token}, {@link Bytes}, {@link Boolean},
 * {@link Date} and {@link DisplayString}; parameters are ordered maps from key to bare item.
 */
final class StructuredFields {

  private static final long MAX_INTEGER = 999_999_999_999_999L;
  private static final BigDecimal MAX_DECIMAL_INTEGER_PART = new BigDecimal("999999999999");

  private StructuredFields() {}

  /** A Token (RFC 9651 §3.3.4), distinct from a String. */
  record Token(String value) {
    Token {
      requireToken(value);
    }
  }

  /** A Byte Sequence (RFC 9651 §3.3.5); compared by content. */
  record Bytes(byte[] value) {
    Bytes {
      value = value.clone();
    }

    @Override
    public byte[] value() {
      return value.clone();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Bytes b && Arrays.equals(b.value, value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return ":" + Base64.getEncoder().encodeToString(value) + ":";
    }
  }

  /** A Date (RFC 9651 §3.3.7): seconds since the epoch. */
  record Date(long seconds) {}

  /** A Display String (RFC 9651 §3.3.8): Unicode text. */
  record DisplayString(String value) {}

  /** An Item: a bare item and its parameters. */
  record Item(Object value, Map<String, Object> params) {
    Item {
      Objects.requireNonNull(value, "value");
      params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    Item(Object value) {
      this(value, Map.of());
    }
  }

  /** An Inner List: items in parentheses and the list's parameters. */
  record InnerList(List<Item> items, Map<String, Object> params) {
    InnerList {
      items = List.copyOf(items);
      params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
  }

  // ---------------------------------------------------------------- serializing (RFC 9651 §4.1)

  /**
   * Serializes a List (§4.1.1); each member is an {@link Item} or an {@link InnerList}.
   *
   * @throws IllegalArgumentException if the list is empty (an empty List is not sent) or a value
   *     cannot be serialized
   */
  static String serializeList(List<?> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an empty List is not serialized: the field is omitted instead (RFC 9651 §4.1.1)");
    }
    StringBuilder sb = new StringBuilder();
    for (Object m : members) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      if (m instanceof InnerList il) {
        serializeInnerList(il, sb);
      } else if (m instanceof Item item) {
        serializeItem(item, sb);
      } else {
        throw new IllegalArgumentException("a List member is an Item or an Inner List, not " + m.getClass().getName()
            + " (RFC 9651 §3.1)");
      }
    }
    return sb.toString();
  }

  /** Serializes an Item (§4.1.3). */
  static String serializeItem(Item item) {
    StringBuilder sb = new StringBuilder();
    serializeItem(item, sb);
    return sb.toString();
  }

  private static void serializeInnerList(InnerList list, StringBuilder sb) {
    sb.append('(');
    for (int i = 0; i < list.items().size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      serializeItem(list.items().get(i), sb);
    }
    sb.append(')');
    serializeParameters(list.params(), sb);
  }

  private static void serializeItem(Item item, StringBuilder sb) {
    serializeBareItem(item.value(), sb);
    serializeParameters(item.params(), sb);
  }

  private static void serializeParameters(Map<String, Object> params, StringBuilder sb) {
    for (Map.Entry<String, Object> p : params.entrySet()) {
      sb.append(';');
      sb.append(requireKey(p.getKey()));
      if (!Boolean.TRUE.equals(p.getValue())) {
        sb.append('=');
        serializeBareItem(p.getValue(), sb);
      }
    }
  }

  private static void serializeBareItem(Object v, StringBuilder sb) {
    if (v instanceof Long || v instanceof Integer) {
      sb.append(requireInteger(((Number) v).longValue(), "Integer"));
    } else if (v instanceof BigDecimal d) {
      serializeDecimal(d, sb);
    } else if (v instanceof String s) {
      serializeString(s, sb);
    } else if (v instanceof Token t) {
      sb.append(t.value());
    } else if (v instanceof Bytes b) {
      sb.append(b);
    } else if (v instanceof Boolean b) {
      sb.append(b ? "?1" : "?0");
    } else if (v instanceof Date d) {
      sb.append('@').append(requireInteger(d.seconds(), "Date"));
    } else if (v instanceof DisplayString d) {
      serializeDisplayString(d.value(), sb);
    } else {
      throw new IllegalArgumentException("a bare item is an Integer, Decimal, String, Token, Byte Sequence, Boolean,"
          + " Date or Display String, not " + v.getClass().getName() + " (RFC 9651 §3.3)");
    }
  }

  /** Requires an Integer in range (§3.3.1: at most 15 digits). */
  static long requireInteger(long value, String what) {
    if (value > MAX_INTEGER || value < -MAX_INTEGER) {
      throw new IllegalArgumentException(what + " " + value
          + " is out of range (RFC 9651 §3.3.1: an Integer has at most 15 decimal digits)");
    }
    return value;
  }

  private static void serializeDecimal(BigDecimal d, StringBuilder sb) {
    BigDecimal rounded = d.setScale(3, RoundingMode.HALF_EVEN);
    if (rounded.abs().setScale(0, RoundingMode.DOWN).compareTo(MAX_DECIMAL_INTEGER_PART) > 0) {
      throw new IllegalArgumentException("Decimal " + d.toPlainString()
          + " is out of range (RFC 9651 §3.3.2: at most 12 digits before the point)");
    }
    String plain = rounded.stripTrailingZeros().toPlainString();
    if (plain.indexOf('.') < 0) {
      plain = plain + ".0";
    }
    sb.append(plain.equals("-0.0") ? "0.0" : plain);
  }

  /** Requires String content (§3.3.3: printable ASCII, SP to "~"). */
  static String requireStringContent(String s, String what) {
    Objects.requireNonNull(s, what);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException(what + " " + FieldSyntax.show(s) + " contains character U+"
            + String.format("%04X", (int) c) + " at index " + i
            + " (RFC 9651 §3.3.3: a String holds printable ASCII only, SP to \"~\")");
      }
    }
    return s;
  }

  private static void serializeString(String s, StringBuilder sb) {
    requireStringContent(s, "String");
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  private static void serializeDisplayString(String s, StringBuilder sb) {
    sb.append("%\"");
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == '%' || c == '"' || c < 0x20 || c > 0x7e) {
        sb.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
      } else {
        sb.append((char) c);
      }
    }
    sb.append('"');
  }

  private static void requireToken(String t) {
    Objects.requireNonNull(t, "token");
    boolean ok = !t.isEmpty() && (isAlpha(t.charAt(0)) || t.charAt(0) == '*');
    for (int i = 1; ok && i < t.length(); i++) {
      char c = t.charAt(i);
      ok = FieldSyntax.isTchar(c) || c == ':' || c == '/';
    }
    if (!ok) {
      throw new IllegalArgumentException("Token " + FieldSyntax.show(t)
          + " is not a Token (RFC 9651 §3.3.4: ALPHA or \"*\", then tchar, \":\" or \"/\")");
    }
  }

  /** Requires a parameter or dictionary key (§3.1.2: lcalpha or "*", then lcalpha, DIGIT, "_", "-", "." or "*"). */
  static String requireKey(String key) {
    Objects.requireNonNull(key, "key");
    boolean ok = !key.isEmpty() && (isLcalpha(key.charAt(0)) || key.charAt(0) == '*');
    for (int i = 1; ok && i < key.length(); i++) {
      ok = isKeyChar(key.charAt(i));
    }
    if (!ok) {
      throw new IllegalArgumentException("key " + FieldSyntax.show(key) + " is not a key (RFC 9651 §3.1.2: lcalpha"
          + " or \"*\", then lcalpha, DIGIT, \"_\", \"-\", \".\" or \"*\")");
    }
    return key;
  }

  private static boolean isKeyChar(char c) {
    return isLcalpha(c) || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '*';
  }

  private static boolean isLcalpha(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAlpha(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---------------------------------------------------------------- parsing (RFC 9651 §4.2)

  /**
   * Parses the field lines of a List field (§4.2): the lines are joined with ", " as the
   * algorithm says, then parsed as one List.
   *
   * @return the members, each an {@link Item} or an {@link InnerList}; empty for empty lines
   * @throws IllegalArgumentException if the value is not a valid List
   */
  static List<Object> parseList(List<String> lines) {
    return new Parser(String.join(", ", lines)).list();
  }

  /** Parses one field line as an Item. */
  static Item parseItem(String value) {
    return new Parser(value).item();
  }

  private static final class Parser {
    private final String in;
    private int pos;

    Parser(String value) {
      Objects.requireNonNull(value, "value");
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) > 0x7f) {
          throw fail(value, i, "a field value is ASCII");
        }
      }
      this.in = value;
      int start = 0;
      int end = value.length();
      while (start < end && value.charAt(start) == ' ') {
        start++;
      }
      while (end > start && value.charAt(end - 1) == ' ') {
        end--;
      }
      this.pos = start;
      this.limit = end;
    }

    private final int limit;

    private static IllegalArgumentException fail(String in, int at, String rule) {
      return new IllegalArgumentException("structured field " + FieldSyntax.show(in) + " is malformed at index " + at
          + " (RFC 9651 §4.2: " + rule + ")");
    }

    private IllegalArgumentException fail(String rule) {
      return fail(in, pos, rule);
    }

    private boolean atEnd() {
      return pos >= limit;
    }

    private char peek() {
      return in.charAt(pos);
    }

    List<Object> list() {
      List<Object> members = new ArrayList<>();
      while (!atEnd()) {
        members.add(peek() == '(' ? innerList() : itemAt());
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
          pos++;
        }
        if (atEnd()) {
          return members;
        }
        if (peek() != ',') {
          throw fail("List members are separated by \",\"");
        }
        pos++;
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
          pos++;
        }
        if (atEnd()) {
          throw fail("a List does not end with \",\"");
        }
      }
      return members;
    }

    Item item() {
      Item item = itemAt();
      if (!atEnd()) {
        throw fail("an Item is followed by nothing");
      }
      return item;
    }

    private Item itemAt() {
      Object bare = bareItem();
      return new Item(bare, parameters());
    }

    private InnerList innerList() {
      pos++; // "("
      List<Item> items = new ArrayList<>();
      while (!atEnd()) {
        while (!atEnd() && peek() == ' ') {
          pos++;
        }
        if (atEnd()) {
          break;
        }
        if (peek() == ')') {
          pos++;
          return new InnerList(items, parameters());
        }
        items.add(itemAt());
        if (atEnd() || peek() != ' ' && peek() != ')') {
          throw fail("Inner List items are separated by SP and closed by \")\"");
        }
      }
      throw fail("an Inner List is closed by \")\"");
    }

    private Map<String, Object> parameters() {
      Map<String, Object> params = new LinkedHashMap<>();
      while (!atEnd() && peek() == ';') {
        pos++;
        while (!atEnd() && peek() == ' ') {
          pos++;
        }
        String key = key();
        Object value = Boolean.TRUE;
        if (!atEnd() && peek() == '=') {
          pos++;
          value = bareItem();
        }
        params.put(key, value); // a repeated key keeps its place and takes the last value
      }
      return params;
    }

    private String key() {
      if (atEnd() || !(isLcalpha(peek()) || peek() == '*')) {
        throw fail("a key starts with lcalpha or \"*\"");
      }
      int start = pos;
      while (!atEnd() && isKeyChar(peek())) {
        pos++;
      }
      return in.substring(start, pos);
    }

    private Object bareItem() {
      if (atEnd()) {
        throw fail("a bare item is expected");
      }
      char c = peek();
      if (c == '-' || isDigit(c)) {
        return number();
      }
      if (c == '"') {
        return string();
      }
      if (c == '*' || isAlpha(c)) {
        return token();
      }
      if (c == ':') {
        return byteSequence();
      }
      if (c == '?') {
        return booleanItem();
      }
      if (c == '@') {
        pos++;
        Object n = number();
        if (!(n instanceof Long seconds)) {
          throw fail("a Date is an Integer");
        }
        return new Date(seconds);
      }
      if (c == '%') {
        return displayString();
      }
      throw fail("a bare item starts with \"-\", DIGIT, DQUOTE, ALPHA, \"*\", \":\", \"?\", \"@\" or \"%\"");
    }

    private Object number() {
      int start = pos;
      if (!atEnd() && peek() == '-') {
        pos++;
      }
      if (atEnd() || !isDigit(peek())) {
        throw fail("a number has a DIGIT after its sign");
      }
      int digitsStart = pos;
      int point = -1;
      while (!atEnd()) {
        char c = peek();
        if (isDigit(c)) {
          pos++;
        } else if (c == '.' && point < 0) {
          if (pos - digitsStart > 12) {
            throw fail("a Decimal has at most 12 digits before the point");
          }
          point = pos;
          pos++;
        } else {
          break;
        }
        int length = pos - digitsStart;
        if (point < 0 && length > 15) {
          throw fail("an Integer has at most 15 digits");
        }
        if (point >= 0 && length > 16) {
          throw fail("a Decimal has at most 16 characters");
        }
      }
      String text = in.substring(start, pos);
      if (point < 0) {
        return Long.parseLong(text);
      }
      int fraction = pos - point - 1;
      if (fraction == 0) {
        throw fail("a Decimal does not end with \".\"");
      }
      if (fraction > 3) {
        throw fail("a Decimal has at most 3 fractional digits");
      }
      return new BigDecimal(text);
    }

    private String string() {
      pos++; // DQUOTE
      StringBuilder sb = new StringBuilder();
      while (!atEnd()) {
        char c = in.charAt(pos++);
        if (c == '\\') {
          if (atEnd()) {
            throw fail("a String does not end with \"\\\"");
          }
          char next = in.charAt(pos++);
          if (next != '"' && next != '\\') {
            throw fail("only DQUOTE and \"\\\" are escaped in a String");
          }
          sb.append(next);
        } else if (c == '"') {
          return sb.toString();
        } else if (c < 0x20 || c > 0x7e) {
          pos--;
          throw fail("a String holds printable ASCII only");
        } else {
          sb.append(c);
        }
      }
      throw fail("a String is closed by DQUOTE");
    }

    private Token token() {
      int start = pos;
      pos++;
      while (!atEnd() && (FieldSyntax.isTchar(peek()) || peek() == ':' || peek() == '/')) {
        pos++;
      }
      return new Token(in.substring(start, pos));
    }

    private Bytes byteSequence() {
      pos++; // ":"
      int start = pos;
      while (!atEnd() && peek() != ':') {
        char c = peek();
        if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=')) {
          throw fail("a Byte Sequence holds base64 characters only");
        }
        pos++;
      }
      if (atEnd()) {
        throw fail("a Byte Sequence is closed by \":\"");
      }
      String content = in.substring(start, pos);
      pos++;
      try {
        return new Bytes(Base64.getDecoder().decode(content));
      } catch (IllegalArgumentException e) {
        pos = start;
        throw fail("a Byte Sequence is base64");
      }
    }

    private Boolean booleanItem() {
      pos++; // "?"
      if (!atEnd() && (peek() == '1' || peek() == '0')) {
        return in.charAt(pos++) == '1';
      }
      throw fail("a Boolean is \"?1\" or \"?0\"");
    }

    private DisplayString displayString() {
      pos++; // "%"
      if (atEnd() || peek() != '"') {
        throw fail("a Display String starts with %DQUOTE");
      }
      pos++;
      ByteBuffer bytes = ByteBuffer.allocate(in.length());
      while (!atEnd()) {
        char c = in.charAt(pos++);
        if (c < 0x20 || c > 0x7e) {
          pos--;
          throw fail("a Display String holds printable ASCII only");
        }
        if (c == '%') {
          if (pos + 2 > limit || hex(in.charAt(pos)) < 0 || hex(in.charAt(pos + 1)) < 0) {
            throw fail("\"%\" in a Display String is followed by two lower-case hex digits");
          }
          bytes.put((byte) (hex(in.charAt(pos)) << 4 | hex(in.charAt(pos + 1))));
          pos += 2;
        } else if (c == '"') {
          bytes.flip();
          try {
            return new DisplayString(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes).toString());
          } catch (CharacterCodingException e) {
            throw fail("a Display String is UTF-8");
          }
        } else {
          bytes.put((byte) c);
        }
      }
      throw fail("a Display String is closed by DQUOTE");
    }

    private static int hex(char c) {
      if (isDigit(c)) {
        return c - '0';
      }
      return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }
  }
}
