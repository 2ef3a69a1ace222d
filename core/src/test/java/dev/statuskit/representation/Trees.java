package dev.statuskit.representation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Test helpers: real parsers, and the canonical form that parsed and expected values are compared in. */
final class Trees {

  static final ObjectMapper JACKSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Trees() {}

  /** Parses with Jackson into plain maps, lists, strings, numbers, booleans and nulls. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> jackson(byte[] json) {
    try {
      return JACKSON.readValue(json, LinkedHashMap.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses with Eclipse Parsson and converts to plain values. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parsson(byte[] json) {
    try (JsonReader r = Json.createReader(new ByteArrayInputStream(json))) {
      return (Map<String, Object>) plain(r.readObject());
    }
  }

  static Object plain(JsonValue v) {
    switch (v.getValueType()) {
      case OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        ((JsonObject) v).forEach((k, x) -> m.put(k, plain(x)));
        return m;
      }
      case ARRAY: {
        List<Object> l = new ArrayList<>();
        ((JsonArray) v).forEach(x -> l.add(plain(x)));
        return l;
      }
      case STRING:
        return ((JsonString) v).getString();
      case NUMBER:
        return ((JsonNumber) v).bigDecimalValue();
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      default:
        return NullValue.NULL;
    }
  }

  /** Stands for JSON null in canonical trees (so maps can be compared with AssertJ without null noise). */
  enum NullValue { NULL }

  /**
   * The canonical form: numbers as stripped {@link BigDecimal}, null as {@link NullValue#NULL},
   * maps as {@link LinkedHashMap}, lists as {@link ArrayList}.
   */
  static Object canonical(Object v) {
    if (v == null || v == NullValue.NULL) {
      return NullValue.NULL;
    }
    if (v instanceof Map || v instanceof List) {
      return children(v, k -> k, Trees::canonical);
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros();
    }
    if (v instanceof Double || v instanceof Float || v instanceof BigInteger || v instanceof Long
        || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return new BigDecimal(v.toString()).stripTrailingZeros();
    }
    return v;
  }

  /** What a string becomes in JSON: each lone surrogate replaced by U+FFFD. */
  static String scalars(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** What a string becomes in XML and HTML: {@link #scalars}, then characters XML 1.0 forbids removed. */
  static String xmlText(String s) {
    StringBuilder sb = new StringBuilder();
    scalars(s).codePoints().filter(cp -> cp >= 0x20 ? cp != 0xFFFE && cp != 0xFFFF : cp == 9 || cp == 10 || cp == 13)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The expected JSON tree of a generated value (generated values are JSON natives already). */
  static Object expectedJson(Object v) {
    if (v instanceof String s) {
      return scalars(s);
    }
    if (v instanceof Map || v instanceof List) {
      return children(v, Trees::scalars, Trees::expectedJson);
    }
    return canonical(v);
  }

  /**
   * The expected value after RFC 9457 Appendix B: text for scalars (numbers as written in JSON),
   * the empty string for null and for empty maps and lists.
   */
  static Object expectedXml(Object v) {
    if (v == null || v == NullValue.NULL) {
      return "";
    }
    if (v instanceof String s) {
      return xmlText(s);
    }
    if (v instanceof Map<?, ?> m && m.isEmpty() || v instanceof List<?> l && l.isEmpty()) {
      return "";
    }
    if (v instanceof Map || v instanceof List) {
      return children(v, Trees::scalars, Trees::expectedXml);
    }
    return v.toString();
  }

  /**
   * A map or list rebuilt in order, its keys passed through {@code key} and its values through
   * {@code value} (which recurses); any other value as it is. The one walk of the tree conversions.
   */
  static Object children(Object v, UnaryOperator<String> key, UnaryOperator<Object> value) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(key.apply((String) k), value.apply(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(value.apply(x)));
      return out;
    }
    return v;
  }
}
