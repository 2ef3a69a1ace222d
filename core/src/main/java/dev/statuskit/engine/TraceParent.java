package dev.statuskit.engine;

import org.jspecify.annotations.Nullable;

/**
 * Reads the trace id of a W3C {@code traceparent} request header (Trace Context Level 1 §3.2),
 * strictly: {@code version "-" trace-id "-" parent-id "-" trace-flags}, each in lower-case hex, of
 * 2, 32, 16 and 2 digits; version {@code ff} and all-zero ids are invalid; version {@code 00} is
 * exactly 55 characters, a later version at least that and then only a {@code "-"} and more. Anything
 * else is no trace id: the value is ignored and never repeated, since it comes from the client.
 */
final class TraceParent {

  private static final int LENGTH = 55;

  private TraceParent() {}

  /** The trace id, or {@code null} when the header is absent or not a valid {@code traceparent}. */
  static @Nullable String traceId(@Nullable String header) {
    if (header == null || header.length() < LENGTH) {
      return null;
    }
    String version = header.substring(0, 2);
    if (!hex(header, 0, 2) || version.equals("ff")) {
      return null;
    }
    if (version.equals("00") ? header.length() != LENGTH : header.length() > LENGTH && header.charAt(LENGTH) != '-') {
      return null;
    }
    if (header.charAt(2) != '-' || header.charAt(35) != '-' || header.charAt(52) != '-') {
      return null;
    }
    if (!hex(header, 3, 35) || !hex(header, 36, 52) || !hex(header, 53, 55)) {
      return null;
    }
    if (zeros(header, 3, 35) || zeros(header, 36, 52)) {
      return null;
    }
    return header.substring(3, 35);
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean zeros(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}
