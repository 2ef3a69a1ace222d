package dev.statuskit.representation;

/**
 * The rule that maps member and map-key names to XML element names and back (RFC 9457 Appendix B
 * needs every name to be an XML {@code Name}; XML 1.0 §2.3 reserves names starting with "xml").
 *
 * <p>A name is written unchanged when it is made of ASCII letters, digits, {@code _}, {@code -} and
 * {@code .}, starts with a letter or {@code _}, does not start with "xml" in any case, is not
 * {@code i}, and contains no {@code _x}; this covers every RFC 9457 §4 extension name except those
 * starting with "xml" or containing "_x". Otherwise each offending character is written as
 * {@code _xHHHH_} (or {@code _xHHHHHHHH_} above U+FFFF), in upper-case hex, as .NET's
 * {@code XmlConvert.EncodeName} does: a leading "x" of "xml", every character outside the set above,
 * the {@code _} of every {@code _x}, and the {@code i} of a key named {@code i} (which would
 * otherwise read back as an array item). The empty name is written {@code _x_}. A lone surrogate
 * is first replaced by U+FFFD, as in every representation. Decoding reverses this exactly.
 */
final class XmlNames {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private XmlNames() {}

  static String encode(String name) {
    if (name.isEmpty()) {
      return "_x_";
    }
    if (isPlain(name)) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length() + 8);
    boolean xml = name.length() >= 3 && name.regionMatches(true, 0, "xml", 0, 3);
    for (int i = 0; i < name.length(); ) {
      int cp = Utf8Sink.scalarAt(name, i);
      int w = Character.charCount(cp);
      boolean ok = i == 0
          ? isAsciiLetter(cp) || cp == '_'
          : isAsciiLetter(cp) || cp == '_' || cp >= '0' && cp <= '9' || cp == '-' || cp == '.';
      if (i == 0 && xml || cp == '_' && i + 1 < name.length() && name.charAt(i + 1) == 'x'
          || name.equals("i")) {
        ok = false;
      }
      if (ok) {
        sb.append((char) cp);
      } else {
        sb.append("_x");
        int digits = cp > 0xFFFF ? 8 : 4;
        for (int d = digits - 1; d >= 0; d--) {
          sb.append(HEX[cp >> (4 * d) & 0xF]);
        }
        sb.append('_');
      }
      i += w;
    }
    return sb.toString();
  }

  private static boolean isPlain(String name) {
    if (name.equals("i") || name.length() >= 3 && name.regionMatches(true, 0, "xml", 0, 3)) {
      return false;
    }
    char c0 = name.charAt(0);
    if (!(isAsciiLetter(c0) || c0 == '_')) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(isAsciiLetter(c) || c == '_' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
        return false;
      }
      if (c == '_' && i + 1 < name.length() && name.charAt(i + 1) == 'x') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static String decode(String local) {
    if (local.equals("_x_")) {
      return "";
    }
    if (local.indexOf("_x") < 0) {
      return local;
    }
    StringBuilder sb = new StringBuilder(local.length());
    for (int i = 0; i < local.length(); ) {
      if (local.startsWith("_x", i)) {
        int cp = hex(local, i + 2, 4);
        if (cp >= 0) {
          sb.append((char) cp);
          i += 7;
          continue;
        }
        cp = hex(local, i + 2, 8);
        if (cp >= 0 && cp <= Character.MAX_CODE_POINT) {
          sb.appendCodePoint(cp);
          i += 11;
          continue;
        }
      }
      sb.append(local.charAt(i));
      i++;
    }
    return sb.toString();
  }

  /** The value of {@code digits} hex digits at {@code from} followed by {@code _}, or -1. */
  private static int hex(String s, int from, int digits) {
    if (from + digits >= s.length() || s.charAt(from + digits) != '_') {
      return -1;
    }
    int v = 0;
    for (int i = from; i < from + digits; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0 || s.charAt(i) > 0x7F) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }
}
