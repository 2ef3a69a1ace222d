package dev.statuskit.header.internal;

import java.util.Objects;

/**
 * Checks of header field syntax (RFC 9110 §5), applied by every StatusKit value when it is built.
 *
 * <p>The policy is to refuse, never to repair (RFC 9110 §5.5 lets a recipient repair; a sender must not
 * generate what needs it): a name that is not a token, or a
 * value with CR, LF, NUL or another control character, with a character outside printable US-ASCII,
 * or with leading or trailing whitespace, is rejected with an {@link IllegalArgumentException} that
 * quotes the value (control characters shown as {@code \}{@code uXXXX}) and names the rule.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-5.5">RFC 9110 §5.5</a>
 * @since 0.3.0
 */
public final class FieldSyntax {

  private FieldSyntax() {}

  /**
   * Whether a character is a {@code tchar} (RFC 9110 §5.6.2).
   *
   * @param c the character
   * @return {@code true} if it may appear in a token
   */
  public static boolean isTchar(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return true;
    }
    return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  /**
   * Whether a string is a non-empty {@code token} (RFC 9110 §5.6.2).
   *
   * @param s the string
   * @return {@code true} if every character is a {@code tchar}
   */
  public static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isTchar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Requires a token.
   *
   * @param s the candidate
   * @param what what the value is, for the message (for example "auth-scheme")
   * @return {@code s}
   * @throws IllegalArgumentException if {@code s} is not a token
   */
  public static String requireToken(String s, String what) {
    Objects.requireNonNull(s, what);
    if (!isToken(s)) {
      throw new IllegalArgumentException(
          what + " " + show(s) + " is not a token (RFC 9110 §5.6.2: 1*tchar, no whitespace, no delimiters \"(),/:;<=>?@[\\]{})");
    }
    return s;
  }

  /**
   * Requires a valid header field name.
   *
   * @param name the candidate
   * @return {@code name}
   * @throws IllegalArgumentException if it is not a token (RFC 9110 §5.1)
   */
  public static String requireFieldName(String name) {
    return requireToken(name, "header field name");
  }

  /**
   * Requires a header field value that is safe to emit: only visible US-ASCII, SP and HTAB, and no
   * whitespace at either end. An empty value is allowed (an empty {@code Allow} is meaningful).
   *
   * @param value the candidate
   * @param what what the value is, for the message (for example "Location")
   * @return {@code value}
   * @throws IllegalArgumentException if the value breaks RFC 9110 §5.5
   */
  public static String requireFieldValue(String value, String what) {
    Objects.requireNonNull(value, what);
    for (int i = hasOnlyFieldCharacters(value) ? value.length() : 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        throw new IllegalArgumentException(what + " value " + show(value)
            + " contains CR, LF or NUL at index " + i + " (RFC 9110 §5.5: invalid and dangerous in field values)");
      }
      if (c != '\t' && (c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException(what + " value " + show(value)
            + " contains a control character at index " + i + " (RFC 9110 §5.5: field-content allows no CTL but HTAB)");
      }
      if (c > 0x7e) {
        throw new IllegalArgumentException(what + " value " + show(value)
            + " contains a non-ASCII character at index " + i
            + " (RFC 9110 §5.5: new fields SHOULD use only VCHAR, SP and HTAB; percent-encode URIs)");
      }
    }
    if (!value.isEmpty() && (isWhitespace(value.charAt(0)) || isWhitespace(value.charAt(value.length() - 1)))) {
      throw new IllegalArgumentException(what + " value " + show(value)
          + " has leading or trailing whitespace (RFC 9110 §5.5: field-value excludes it)");
    }
    return value;
  }

  /**
   * Whether every character of a value may appear in a field value StatusKit emits: visible
   * US-ASCII, SP and HTAB (no CR, LF, NUL, other control characters or non-ASCII). Whitespace at
   * the ends is not judged here; {@link #requireFieldValue} adds that rule.
   *
   * @param value the candidate
   * @return {@code true} if it holds only those characters
   */
  public static boolean hasOnlyFieldCharacters(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Requires text that may go inside a {@code quoted-string}: SP, HTAB and visible US-ASCII.
   *
   * @param text the unquoted text
   * @param what what the text is, for the message
   * @return {@code text}
   * @throws IllegalArgumentException if it holds a control character or a non-ASCII character
   */
  public static String requireQuotable(String text, String what) {
    Objects.requireNonNull(text, what);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException(what + " " + show(text) + " contains character U+"
            + String.format("%04X", (int) c) + " at index " + i
            + " (RFC 9110 §5.6.4: quoted-string allows HTAB, SP and visible US-ASCII only)");
      }
    }
    return text;
  }

  /**
   * Quotes text as a {@code quoted-string}, escaping {@code "} and {@code \} (RFC 9110 §5.6.4).
   *
   * @param text the unquoted text
   * @param what what the text is, for a rejection message
   * @return the quoted form, with the surrounding double quotes
   * @throws IllegalArgumentException if the text cannot be quoted (see {@link #requireQuotable})
   */
  public static String quote(String text, String what) {
    requireQuotable(text, what);
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }

  /**
   * Requires a {@code media-type} or {@code media-range} (RFC 9110 §8.3.1, §12.5.1): {@code type/subtype}
   * of tokens, or wildcards when {@code rangeAllowed}, then optional {@code ;name=value} parameters.
   *
   * @param value the candidate
   * @param rangeAllowed whether {@code * /*} and {@code type/*} are allowed
   * @param what what the value is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static String requireMediaType(String value, boolean rangeAllowed, String what) {
    requireFieldValue(value, what);
    String[] parts = value.split(";", -1);
    String full = parts[0].strip();
    int slash = full.indexOf('/');
    boolean ok = slash > 0 && isToken(full.substring(0, slash)) && isToken(full.substring(slash + 1));
    if (ok && !rangeAllowed && (full.startsWith("*/") || full.endsWith("/*"))) {
      ok = false;
    }
    if (ok && full.startsWith("*/") && !full.equals("*/*")) {
      ok = false;
    }
    for (int i = 1; ok && i < parts.length; i++) {
      String p = parts[i].strip();
      int eq = p.indexOf('=');
      ok = eq > 0 && isToken(p.substring(0, eq)) && isParameterValue(p.substring(eq + 1));
    }
    if (!ok) {
      throw new IllegalArgumentException(what + " " + show(value) + " is not a "
          + (rangeAllowed ? "media-range" : "media-type")
          + " (RFC 9110 §8.3.1: type \"/\" subtype *( OWS \";\" OWS name=value ), each a token)");
    }
    return value;
  }

  private static boolean isParameterValue(String v) {
    if (isToken(v)) {
      return true;
    }
    if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
      return false;
    }
    for (int i = 1; i < v.length() - 1; i++) {
      char c = v.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return false;
      }
    }
    return true;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Renders a value for an error message: quoted, at most 200 characters (then "..."), control
   * and non-ASCII characters escaped as {@code \}{@code uXXXX}, so that the message can never split
   * a log line or a header. The one rendering of untrusted text in StatusKit's messages.
   *
   * @param s the value
   * @return the quoted rendering
   */
  public static String show(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), 200) + 2).append('"');
    int limit = Math.min(s.length(), 200);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (s.length() > limit) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }
}
