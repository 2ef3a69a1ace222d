package dev.statuskit.header;

import dev.statuskit.header.internal.FieldSyntax;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An authentication challenge for {@code WWW-Authenticate} or {@code Proxy-Authenticate}
 * (RFC 9110 §11.3): an auth-scheme followed by either a token68 or a list of auth-params.
 *
 * <p>Immutable. Parameter names are tokens and occur at most once, compared case-insensitively
 * (RFC 9110 §11.2); {@code realm} is always sent as a quoted-string (§11.5); other values are sent as
 * a token when they are one and as a quoted-string (with {@code "} and {@code \} escaped) otherwise.
 * No whitespace is generated around {@code =} (§5.6.3).
 *
 * <pre>{@code
 * Challenge.basic("api");                                   // Basic realm="api"
 * Challenge.bearer("api").param("error", "invalid_token");  // Bearer realm="api", error=invalid_token
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-11.3">RFC 9110 §11.3</a>
 * @since 0.1.0
 */
public final class Challenge extends FieldValue {

  private final String scheme;
  private final @Nullable String token68;
  private final Map<String, String> params; // insertion ordered; keys as given
  private final String value;

  private Challenge(String scheme, @Nullable String token68, Map<String, String> params) {
    this.scheme = scheme;
    this.token68 = token68;
    this.params = params;
    this.value = render();
  }

  /**
   * A challenge with a scheme and no parameters (for example {@code Negotiate}).
   *
   * @param scheme the auth-scheme, a token
   * @return the challenge
   * @throws IllegalArgumentException if the scheme is not a token
   */
  public static Challenge of(String scheme) {
    return new Challenge(FieldSyntax.requireToken(scheme, "auth-scheme"), null, Map.of());
  }

  /**
   * A challenge with a token68 (RFC 9110 §11.2).
   *
   * @param scheme the auth-scheme, a token
   * @param token68 {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}
   * @return the challenge
   * @throws IllegalArgumentException if either part is malformed
   */
  public static Challenge token68(String scheme, String token68) {
    FieldSyntax.requireToken(scheme, "auth-scheme");
    Objects.requireNonNull(token68, "token68");
    if (!isToken68(token68)) {
      throw new IllegalArgumentException("token68 " + FieldSyntax.show(token68)
          + " is malformed (RFC 9110 §11.2: 1*( ALPHA / DIGIT / \"-\" / \".\" / \"_\" / \"~\" / \"+\" / \"/\" ) *\"=\")");
    }
    return new Challenge(scheme, token68, Map.of());
  }

  /**
   * {@code Basic realm="..."} (RFC 7617).
   *
   * @param realm the protection space
   * @return the challenge
   * @throws IllegalArgumentException if the realm holds a control or non-ASCII character
   */
  public static Challenge basic(String realm) {
    return of("Basic").realm(realm);
  }

  /**
   * {@code Bearer realm="..."} (RFC 6750 §3).
   *
   * @param realm the protection space
   * @return the challenge
   * @throws IllegalArgumentException if the realm holds a control or non-ASCII character
   */
  public static Challenge bearer(String realm) {
    return of("Bearer").realm(realm);
  }

  /**
   * This challenge with a {@code realm} parameter (always quoted, RFC 9110 §11.5).
   *
   * @param realm the protection space
   * @return a new challenge
   * @throws IllegalArgumentException as {@link #param}
   */
  public Challenge realm(String realm) {
    return param("realm", realm);
  }

  /**
   * This challenge with one more auth-param.
   *
   * @param name a token, not yet present (case-insensitively)
   * @param value any text of SP, HTAB and visible US-ASCII; quoted when it is not a token
   * @return a new challenge
   * @throws IllegalArgumentException if the name is not a token or is already present, if the value
   *     cannot be quoted, or if this challenge has a token68
   */
  public Challenge param(String name, String value) {
    FieldSyntax.requireToken(name, "auth-param name");
    FieldSyntax.requireQuotable(Objects.requireNonNull(value, "value"), "auth-param " + name + " value");
    if (token68 != null) {
      throw new IllegalArgumentException("auth-param " + FieldSyntax.show(name) + " cannot be added to a "
          + scheme + " challenge with a token68 (RFC 9110 §11.3: token68 or auth-params, never both)");
    }
    for (String existing : params.keySet()) {
      if (existing.equalsIgnoreCase(name)) {
        throw new IllegalArgumentException("auth-param " + FieldSyntax.show(name)
            + " occurs twice (RFC 9110 §11.2: each parameter name MUST only occur once per challenge)");
      }
    }
    Map<String, String> next = new LinkedHashMap<>(params);
    next.put(name, value);
    return new Challenge(scheme, null, Collections.unmodifiableMap(next));
  }

  /**
   * The auth-scheme.
   *
   * @return the scheme as given
   */
  public String scheme() {
    return scheme;
  }

  /**
   * The token68, if this challenge carries one.
   *
   * @return the token68, or empty
   */
  public Optional<String> token68() {
    return Optional.ofNullable(token68);
  }

  /**
   * The auth-params, unquoted, in order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * A parameter value, by case-insensitive name.
   *
   * @param name the parameter name
   * @return the unquoted value, or empty
   */
  public Optional<String> param(String name) {
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The challenge as a field value.
   *
   * @return for example {@code Basic realm="api"}
   */
  public String value() {
    return value;
  }

  /**
   * Parses one challenge, as the client side reads {@code WWW-Authenticate}. Accepts token and
   * quoted-string parameter values and optional whitespace around {@code =} and {@code ,}.
   *
   * @param fieldValue a field value holding exactly one challenge
   * @return the challenge
   * @throws IllegalArgumentException if the value is not one well-formed challenge
   */
  public static Challenge parse(String fieldValue) {
    List<Challenge> all = parseAll(fieldValue);
    if (all.size() != 1) {
      throw new IllegalArgumentException("expected one challenge, found " + all.size() + " in "
          + FieldSyntax.show(fieldValue));
    }
    return all.get(0);
  }

  /**
   * Parses a {@code #challenge} list (RFC 9110 §11.6.1).
   *
   * @param fieldValue the field value
   * @return the challenges in order
   * @throws IllegalArgumentException if the value is malformed
   */
  public static List<Challenge> parseAll(String fieldValue) {
    return new ChallengeParser(Objects.requireNonNull(fieldValue, "fieldValue")).parse();
  }

  static boolean isToken68(String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~+/".indexOf(c) >= 0) {
        i++;
      } else {
        break;
      }
    }
    if (i == 0) {
      return false;
    }
    while (i < n && s.charAt(i) == '=') {
      i++;
    }
    return i == n;
  }

  private String render() {
    if (token68 != null) {
      return scheme + ' ' + token68;
    }
    if (params.isEmpty()) {
      return scheme;
    }
    StringBuilder sb = new StringBuilder(scheme).append(' ');
    boolean first = true;
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      String v = e.getValue();
      boolean quote = e.getKey().toLowerCase(Locale.ROOT).equals("realm") || !FieldSyntax.isToken(v);
      sb.append(e.getKey()).append('=').append(quote ? FieldSyntax.quote(v, e.getKey()) : v);
    }
    return sb.toString();
  }

  @Override
  Object wireForm() {
    return value;
  }

  /** A small recursive-descent parser for {@code #challenge}. */
  private static final class ChallengeParser {
    private final String s;
    private int i;

    ChallengeParser(String s) {
      this.s = s;
    }

    List<Challenge> parse() {
      List<Challenge> out = new ArrayList<>();
      skipListSeparators();
      while (i < s.length()) {
        String scheme = token("auth-scheme");
        Challenge c = Challenge.of(scheme);
        int afterScheme = i;
        skipSpaces();
        if (i < s.length() && s.charAt(i) != ',' && i > afterScheme) {
          int start = i;
          int j = i;
          while (j < s.length() && s.charAt(j) != ',' && s.charAt(j) != ' ' && s.charAt(j) != '=') {
            j++;
          }
          // token68 when followed only by '='s and then end or a comma, and not by a parameter value.
          int k = j;
          while (k < s.length() && s.charAt(k) == '=') {
            k++;
          }
          int m = k;
          while (m < s.length() && (s.charAt(m) == ' ' || s.charAt(m) == '\t')) {
            m++;
          }
          if ((k > j || j == s.length() || s.charAt(j) != '=') && (m == s.length() || s.charAt(m) == ',')
              && isToken68(s.substring(start, k))) {
            c = Challenge.token68(scheme, s.substring(start, k));
            i = k;
          } else {
            c = params(c);
          }
        }
        out.add(c);
        skipListSeparators();
      }
      return out;
    }

    private Challenge params(Challenge c) {
      while (true) {
        int mark = i;
        String name = token("auth-param name");
        skipSpaces();
        if (i >= s.length() || s.charAt(i) != '=') {
          i = mark; // the next challenge's scheme
          return c;
        }
        i++;
        skipSpaces();
        String value = i < s.length() && s.charAt(i) == '"' ? quoted() : token("auth-param value");
        c = c.param(name, value);
        skipSpaces();
        if (i >= s.length()) {
          return c;
        }
        if (s.charAt(i) != ',') {
          throw error("',' expected");
        }
        i++;
        skipSpaces();
        while (i < s.length() && s.charAt(i) == ',') {
          i++;
          skipSpaces();
        }
        if (i >= s.length()) {
          return c;
        }
        // Lookahead: "name =" continues this challenge; "scheme" alone starts the next.
        int save = i;
        token("token");
        skipSpaces();
        boolean isParam = i < s.length() && s.charAt(i) == '=';
        i = save;
        if (!isParam) {
          return c;
        }
      }
    }

    private String quoted() {
      StringBuilder sb = new StringBuilder();
      i++;
      while (i < s.length()) {
        char ch = s.charAt(i++);
        if (ch == '"') {
          return sb.toString();
        }
        if (ch == '\\' && i < s.length()) {
          ch = s.charAt(i++);
        }
        sb.append(ch);
      }
      throw error("unterminated quoted-string");
    }

    private String token(String what) {
      int start = i;
      while (i < s.length() && FieldSyntax.isTchar(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw error(what + " expected");
      }
      return s.substring(start, i);
    }

    private void skipSpaces() {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
    }

    private void skipListSeparators() {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == ',')) {
        i++;
      }
    }

    private IllegalArgumentException error(String msg) {
      return new IllegalArgumentException("malformed challenge list " + FieldSyntax.show(s) + ": " + msg
          + " at index " + i + " (RFC 9110 §11.6.1)");
    }
  }
}
