package dev.statuskit.jaxrs;

import org.jspecify.annotations.Nullable;

/**
 * Whether an {@code Accept} value breaks the grammar of RFC 9110 §12.5.1 ({@code #( media-range
 * [ weight ] )}), as the runtimes that refuse it see it: a range that is not {@code type/subtype}
 * tokens, a parameter that is not {@code token=(token / quoted-string)}, or a weight that is not a
 * qvalue. Empty list elements are allowed (RFC 9110 §5.6.1).
 */
final class AcceptSyntax {

  private AcceptSyntax() {}

  static boolean malformed(@Nullable String accept) {
    if (accept == null) {
      return false;
    }
    for (String element : accept.split(",", -1)) {
      String e = element.strip();
      if (!e.isEmpty() && !wellFormedRange(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wellFormedRange(String range) {
    String[] parts = range.split(";", -1);
    String[] types = parts[0].strip().split("/", -1);
    if (types.length != 2 || !token(types[0]) || !token(types[1]) || types[0].equals("*") && !types[1].equals("*")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      int eq = p.indexOf('=');
      if (eq <= 0) {
        return false;
      }
      String name = p.substring(0, eq).strip();
      String value = p.substring(eq + 1).strip();
      if (!token(name)) {
        return false;
      }
      if (name.equalsIgnoreCase("q") ? !qvalue(value) : !(token(value) || quoted(value))) {
        return false;
      }
    }
    return true;
  }

  private static boolean token(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean tchar = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!tchar) {
        return false;
      }
    }
    return true;
  }

  private static boolean quoted(String s) {
    return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"';
  }

  /** {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )} (RFC 9110 §12.4.2). */
  private static boolean qvalue(String s) {
    if (s.isEmpty() || s.length() > 5 || s.charAt(0) != '0' && s.charAt(0) != '1') {
      return false;
    }
    if (s.length() == 1) {
      return true;
    }
    if (s.charAt(1) != '.') {
      return false;
    }
    for (int i = 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (s.charAt(0) == '1' ? c != '0' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
