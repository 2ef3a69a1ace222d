package dev.statuskit.engine;

import dev.statuskit.ProblemMediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the problem representation from an {@code Accept} field value (RFC 9110 §12.5.1).
 *
 * <p>The media types offered, in this order of preference, and the representation each gives:
 * <ol>
 * <li>{@code application/problem+json}, {@code application/json}: {@link ProblemMediaType#JSON};</li>
 * <li>{@code application/problem+xml}, {@code application/xml}: {@link ProblemMediaType#XML};</li>
 * <li>{@code text/html}, {@code application/xhtml+xml}: {@link ProblemMediaType#HTML};</li>
 * <li>{@code text/plain}: {@link ProblemMediaType#TEXT};</li>
 * <li>{@code text/xml}: {@link ProblemMediaType#XML} (last, so that {@code text/*} gives HTML).</li>
 * </ol>
 * A media type's quality is the {@code q} of the most specific range that matches it (a range with
 * parameters before {@code type/subtype} before {@code type/*} before {@code *}{@code /*}), and
 * {@code q=0} means "not acceptable" (RFC 9110 §12.5.1): {@code application/problem+json;q=0,
 * *}{@code /*;q=0.1} gets {@code application/json}, the same JSON under the other media type the
 * client accepts. Otherwise a representation is sent with its own media type ({@code Accept:
 * application/json} gets {@code application/problem+json}, a JSON document as asked, RFC 9457 §3).
 * A range's parameters must all be those of the response, {@code charset=UTF-8}: so
 * {@code text/plain;format=flowed} matches nothing offered. The representation with the highest
 * quality wins; on a tie, the one matched by a more specific range, then the earlier in the list
 * above. So {@code *}{@code /*} and an absent or empty header give JSON, and a browser's
 * {@code text/html,...,*}{@code /*;q=0.8} gives HTML.
 * When nothing is acceptable the answer is JSON anyway: an error is never turned into a 406
 * (RFC 9110 §12.4.1 allows disregarding {@code Accept}). Malformed ranges are skipped.
 *
 * <p>Results for repeated {@code Accept} values are cached (at most 256 distinct values of at most
 * 512 characters), because error paths are hot and clients repeat the same header.
 *
 * @since 0.3.0
 */
final class ContentNegotiation {

  private static final int CACHE_ENTRIES = 256;
  private static final int CACHEABLE_LENGTH = 512;
  private static final ConcurrentHashMap<String, Negotiated> CACHE = new ConcurrentHashMap<>();
  private static final Negotiated DEFAULT =
      new Negotiated(ProblemMediaType.JSON, ProblemMediaType.JSON.contentType(), true);

  /**
   * The media types offered, in order of preference, with the representation each stands for:
   * {@link ProblemMediaType#mediaTypes()} in the enum's order, except that a {@code text/} type of a
   * representation that is not for people ({@code text/xml}) comes last, so that {@code text/*}
   * gives HTML.
   */
  private static final String[][] OFFERS;
  private static final ProblemMediaType[] OFFERED_AS;
  /** The {@code Content-Type} sent when an offer wins, one per offer. */
  private static final Negotiated[] CHOSEN;
  /** The index in {@link #OFFERS} of each representation's own media type. */
  private static final int[] PRIMARY = new int[ProblemMediaType.values().length];

  static {
    List<String[]> offers = new ArrayList<>();
    List<ProblemMediaType> as = new ArrayList<>();
    List<String[]> last = new ArrayList<>();
    List<ProblemMediaType> lastAs = new ArrayList<>();
    for (ProblemMediaType t : ProblemMediaType.values()) {
      for (String m : t.mediaTypes()) {
        boolean late = m.startsWith("text/") && (t == ProblemMediaType.JSON || t == ProblemMediaType.XML);
        (late ? last : offers).add(m.split("/", 2));
        (late ? lastAs : as).add(t);
      }
    }
    offers.addAll(last);
    as.addAll(lastAs);
    OFFERS = offers.toArray(new String[0][]);
    OFFERED_AS = as.toArray(new ProblemMediaType[0]);
    CHOSEN = new Negotiated[OFFERS.length];
    for (int o = 0; o < OFFERS.length; o++) {
      ProblemMediaType t = OFFERED_AS[o];
      String offer = OFFERS[o][0] + "/" + OFFERS[o][1];
      // HTML stays text/html whichever of its types was accepted: the body is not XHTML.
      String contentType = t == ProblemMediaType.HTML || offer.equals(t.mediaTypes().get(0)) ? t.contentType()
          : offer.startsWith("text/") ? offer + ";charset=UTF-8" : offer;
      CHOSEN[o] = new Negotiated(t, contentType, true);
      if (offer.equals(t.mediaTypes().get(0))) {
        PRIMARY[t.ordinal()] = o;
      }
    }
  }

  private ContentNegotiation() {}

  /**
   * Whether a {@code Vary} field value already lists {@code Accept}, or is {@code *}, so that a
   * negotiated response needs no {@code Vary: Accept} of its own ({@code Vary = #( "*" /
   * field-name )}, RFC 9110 §12.5.5). Field names are compared whole and case-insensitively:
   * {@code Accept-Encoding} does not cover {@code Accept}.
   *
   * @param varyValue one {@code Vary} field value
   * @return {@code true} if it covers {@code Accept}
   */
  static boolean varyCoversAccept(String varyValue) {
    return varyCovers(varyValue, "Accept");
  }

  /** Whether a {@code Vary} field value names {@code field} (case-insensitively) or is {@code *}. */
  static boolean varyCovers(String varyValue, String field) {
    int n = field.length();
    int len = varyValue.length();
    for (int start = 0; start <= len; ) {
      int comma = varyValue.indexOf(',', start);
      int end = comma < 0 ? len : comma;
      int a = start;
      int b = end;
      while (a < b && (varyValue.charAt(a) == ' ' || varyValue.charAt(a) == '\t')) {
        a++;
      }
      while (b > a && (varyValue.charAt(b - 1) == ' ' || varyValue.charAt(b - 1) == '\t')) {
        b--;
      }
      if (b - a == 1 && varyValue.charAt(a) == '*' || b - a == n && varyValue.regionMatches(true, a, field, 0, n)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /**
   * Negotiates among all four representations; never fails, and falls back to problem+json (never a
   * 406). The result always depends on {@code Accept}, so the response should carry
   * {@code Vary: Accept}.
   *
   * @param accept the request's {@code Accept} value(s) joined by commas, or {@code null} when absent
   * @return the choice
   */
  static Negotiated negotiate(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return DEFAULT;
    }
    if (accept.length() > CACHEABLE_LENGTH) {
      return choose(accept);
    }
    Negotiated cached = CACHE.get(accept);
    if (cached != null) {
      return cached;
    }
    Negotiated n = choose(accept);
    if (CACHE.size() >= CACHE_ENTRIES) {
      CACHE.clear(); // crude but bounded: a flood of distinct values only costs parsing
    }
    CACHE.put(accept, n);
    return n;
  }

  private static Negotiated choose(String accept) {
    int n = OFFERS.length;
    int[] quality = new int[n]; // thousandths; -1 = no range matched
    int[] specificity = new int[n]; // 0 */*, 1 type/*, 2 type/subtype, 3 with parameters; -1 none
    java.util.Arrays.fill(quality, -1);
    java.util.Arrays.fill(specificity, -1);
    int i = 0;
    int len = accept.length();
    while (i < len) {
      int end = accept.indexOf(',', i);
      if (end < 0) {
        end = len;
      }
      range(accept, i, end, quality, specificity);
      i = end + 1;
    }
    int best = -1;
    for (int o = 0; o < n; o++) {
      if (quality[o] <= 0) {
        continue;
      }
      if (best < 0 || quality[o] > quality[best]
          || quality[o] == quality[best] && specificity[o] > specificity[best]) {
        best = o;
      }
    }
    if (best < 0) {
      return DEFAULT;
    }
    // The representation's own media type unless the client excluded it with q=0: then the other
    // media type of the representation that won (application/json for JSON).
    int own = PRIMARY[OFFERED_AS[best].ordinal()];
    return quality[own] == 0 ? CHOSEN[best] : CHOSEN[own];
  }

  /** Applies one media range {@code accept[from, to)} to every offer it matches more specifically. */
  private static void range(String accept, int from, int to, int[] quality, int[] specificity) {
    String r = accept.substring(from, to);
    int semi = r.indexOf(';');
    String mediaRange = (semi < 0 ? r : r.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    int slash = mediaRange.indexOf('/');
    if (slash <= 0 || slash == mediaRange.length() - 1) {
      return;
    }
    String type = mediaRange.substring(0, slash).strip();
    String subtype = mediaRange.substring(slash + 1).strip();
    if (type.equals("*") && !subtype.equals("*")) {
      return;
    }
    int q = 1000;
    boolean parameters = false;
    if (semi >= 0) {
      for (String param : r.substring(semi + 1).split(";", -1)) {
        int eq = param.indexOf('=');
        if (eq <= 0) {
          continue; // an empty or bare parameter is malformed: left out
        }
        String name = param.substring(0, eq).strip();
        String value = param.substring(eq + 1).strip();
        if (name.equalsIgnoreCase("q")) {
          q = qvalue(value);
          if (q < 0) {
            return;
          }
          break; // the weight ends the media range (RFC 9110 §12.5.1)
        }
        if (!name.equalsIgnoreCase("charset") || !unquoted(value).equalsIgnoreCase("utf-8")) {
          return; // a parameter no representation has: the range matches nothing offered
        }
        parameters = true;
      }
    }
    int spec = type.equals("*") ? 0 : subtype.equals("*") ? 1 : parameters ? 3 : 2;
    for (int o = 0; o < OFFERS.length; o++) {
      boolean matches = spec == 0 || OFFERS[o][0].equals(type) && (spec == 1 || OFFERS[o][1].equals(subtype));
      if (matches && spec > specificity[o]) {
        specificity[o] = spec;
        quality[o] = q;
      } else if (matches && spec == specificity[o] && q > quality[o]) {
        quality[o] = q; // the same range listed twice: the better weight counts
      }
    }
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"'
        ? value.substring(1, value.length() - 1) : value;
  }

  /** A qvalue (RFC 9110 §12.4.2) in thousandths, or -1 if malformed. */
  private static int qvalue(String s) {
    if (s.isEmpty() || s.length() > 5 || !(s.charAt(0) == '0' || s.charAt(0) == '1')) {
      return -1;
    }
    if (s.length() == 1) {
      return (s.charAt(0) - '0') * 1000;
    }
    if (s.charAt(1) != '.') {
      return -1;
    }
    int v = (s.charAt(0) - '0') * 1000;
    int scale = 100;
    for (int i = 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v += (c - '0') * scale;
      scale /= 10;
    }
    return v > 1000 ? -1 : v;
  }
}
