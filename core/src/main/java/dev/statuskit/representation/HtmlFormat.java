package dev.statuskit.representation;

import static dev.statuskit.representation.Utf8Sink.asciiBytes;

import dev.statuskit.HttpStatus;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code text/html} page a person can act on: the status and title as heading, the
 * detail, then in words what the response's header fields say (when to try again, where to go,
 * what is allowed), the reference to quote to support for a 5xx, the other members under readable
 * labels, and a link to the documentation of the problem type.
 *
 * <p>Self-contained: inline CSS only, no scripts, no images, and a {@code Content-Security-Policy}
 * of {@code default-src 'none'} in a {@code meta} element. The only links are {@code <a href>} to
 * URIs of scheme {@code http} or {@code https} or to relative references (which resolve against the
 * page's own address); any other URI is shown as text. Every value is escaped by
 * {@link Markup#text}. {@code about:blank} and raw member names are never shown. The markup is also
 * well-formed XML (polyglot), so XML tools and the tests can parse it.
 */
final class HtmlFormat {

  private static final String HTML_LANG = "<!DOCTYPE html>\n<html lang=\"";

  private static final String HEAD_START = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
      + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>"
      + "<meta name=\"robots\" content=\"noindex\"/><title>";

  /** What follows {@code en} in {@link #HEAD_START}, after another language. */
  private static final String HEAD_AFTER_LANG = HEAD_START.substring(HTML_LANG.length() + 2);

  private static final String STYLE = "<style>"
      + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2430;"
      + "line-height:1.5}"
      + "main{max-width:48rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px;"
      + "box-shadow:0 1px 3px rgba(0,0,0,.12)}"
      + "h1{margin-top:0;font-size:1.6rem}.detail{font-size:1.1rem;white-space:pre-wrap}"
      + "a{color:#1a56db;overflow-wrap:anywhere}code{font-size:.95em;overflow-wrap:anywhere}"
      + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:1rem 0}"
      + "dt{font-weight:600;color:#4a5568}dd{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}"
      + "ol{margin:0;padding-left:1.4rem}.null{color:#718096;font-style:italic}.about{color:#4a5568}"
      + "@media (max-width:36rem){main{margin:0;border-radius:0;padding:1rem}"
      + "dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}}"
      + "</style></head><body><main>";

  // The fixed parts, encoded once: most of a page's bytes, copied whole instead of char by char.
  private static final byte[] HEAD = asciiBytes(HEAD_START);
  private static final byte[] LANG = asciiBytes(HTML_LANG);
  private static final byte[] AFTER_LANG = asciiBytes(HEAD_AFTER_LANG);
  private static final byte[] TITLE_END_STYLE_H1 = asciiBytes("</title>" + STYLE + "<h1>");
  // The fragments around the members of most pages, encoded once.
  private static final byte[] DETAIL = asciiBytes("<p class=\"detail\">");
  private static final byte[] REFERENCE = asciiBytes("<p class=\"reference\">Reference: <code>");
  private static final byte[] CODE_END_P_END = asciiBytes("</code></p>");
  private static final byte[] P_END = asciiBytes("</p>");
  private static final byte[] DL = asciiBytes("<dl>");
  private static final byte[] DL_END = asciiBytes("</dl>");
  private static final byte[] DD_END = asciiBytes("</dd>");
  private static final byte[] PAGE_END = asciiBytes("</main></body></html>\n");

  /** {@link #standardHead} per status code. */
  private static final AtomicReferenceArray<StandardHead> STANDARD_HEADS = new AtomicReferenceArray<>(600);

  private static final Pattern SPACES = Pattern.compile(" +");

  /** The start of the entry of each member name already seen ({@link #entryHead}): worked out and encoded once. */
  private static final Map<String, byte[]> ENTRY_HEADS = new ConcurrentHashMap<>();

  /** Whether each problem type seen is a link: a type is parsed as a URI once. */
  private static final Map<String, Boolean> LINKABLE_TYPES = new ConcurrentHashMap<>();

  /** The most entry starts, and the most types, remembered (each map). */
  private static final int MAX_REMEMBERED = 512;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private HtmlFormat() {}

  static void write(PreparedProblem p, HeaderFields headers, Clock clock, Utf8Sink s) throws IOException {
    byte[] standard = standardHead(p);
    if (standard != null) {
      s.raw(standard);
    } else {
      head(p.language(), heading(p), s);
    }
    if (p.detail() != null) {
      s.raw(DETAIL);
      Markup.text(p.detail(), s);
      s.raw(P_END);
    }
    retryAfter(headers, clock, s);
    for (String location : headers.all("Location")) {
      s.ascii("<p class=\"where\">Go to ");
      uri(location, s);
      s.ascii(".</p>");
    }
    for (String target : linkTargets(headers.all("Link"), "blocked-by")) {
      s.ascii("<p class=\"where\">Blocked by ");
      uri(target, s);
      s.ascii(".</p>");
    }
    List<String> allow = headers.all("Allow");
    if (!allow.isEmpty()) {
      String methods = String.join(", ", allow).strip();
      s.ascii("<p class=\"allow\">");
      if (methods.isEmpty()) {
        s.ascii("No method is allowed here at present.");
      } else {
        s.ascii("Allowed methods: ");
        Markup.text(methods, s);
        s.ascii(".");
      }
      s.raw(P_END);
    }
    if (p.instance() != null) {
      if (p.status() >= 500 && p.status() < 600) {
        s.ascii("<p class=\"reference\">If you contact support, quote this reference: <code>");
      } else {
        s.raw(REFERENCE);
      }
      Markup.text(p.instance(), s);
      s.raw(CODE_END_P_END);
    }
    if (!p.extensions().isEmpty()) {
      s.raw(DL);
      for (Map.Entry<String, @Nullable Object> e : p.extensions().entrySet()) {
        entry(e.getKey(), e.getValue(), s);
      }
      s.raw(DL_END);
    }
    if (!p.type().equals("about:blank")) {
      if (typeIsLinkable(p.type())) {
        s.ascii("<p class=\"about\"><a href=\"");
        Markup.text(p.type(), s);
        s.ascii("\">What this problem means</a></p>");
      } else {
        s.ascii("<p class=\"about\">Problem type: <code>");
        Markup.text(p.type(), s);
        s.raw(CODE_END_P_END);
      }
    }
    s.raw(PAGE_END);
  }

  /**
   * The page up to the end of its heading for an English problem whose title is its status's reason
   * phrase (the common case), encoded once per status; {@code null} for any other problem.
   */
  private static byte @Nullable [] standardHead(PreparedProblem p) {
    int status = p.status();
    String title = p.title();
    if (p.language() != null || title == null || status < 100 || status > 599) {
      return null;
    }
    StandardHead known = STANDARD_HEADS.get(status);
    if (known == null) {
      known = standardHeadOf(status);
      STANDARD_HEADS.set(status, known);
    }
    return title.equals(known.title()) ? known.bytes() : null;
  }

  /**
   * What {@link #standardHead} keeps for a status: its reason phrase and the page up to the end of a
   * heading of that phrase; both {@code null} for a status without a phrase.
   */
  static StandardHead standardHeadOf(int status) {
    String reason = HttpStatus.resolve(status).map(HttpStatus::reasonPhrase).orElse("");
    if (reason.isEmpty()) {
      return new StandardHead(null, null);
    }
    Utf8Sink page = new Utf8Sink(HEAD.length + TITLE_END_STYLE_H1.length + 64);
    try {
      head(null, status + " " + reason, page);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a sink without a stream does not fail
    }
    return new StandardHead(reason, page.toByteArray());
  }

  record StandardHead(@Nullable String title, byte @Nullable [] bytes) {}

  /** The page from its start to the end of its heading; {@code language} is a checked tag or null for English. */
  private static void head(@Nullable String language, String heading, Utf8Sink s) throws IOException {
    if (language == null) {
      s.raw(HEAD);
    } else { // a checked language tag: letters, digits and '-'
      s.raw(LANG).ascii(language).raw(AFTER_LANG);
    }
    Markup.text(heading, s);
    s.raw(TITLE_END_STYLE_H1);
    Markup.text(heading, s);
    s.ascii("</h1>");
  }

  /** "400 Bad Request" also for a problem type without a title: a bare number says little to a person. */
  private static String heading(PreparedProblem p) {
    if (p.title() == null && p.status() != 0) {
      return HttpStatus.resolve(p.status()).map(st -> p.status() + " " + st.reasonPhrase()).orElse(p.heading());
    }
    return p.heading();
  }

  /** The documentation page of one problem type: what it means, its status, header fields, members, and who sends it. */
  static void writeTypePage(ProblemCatalog.ProblemType t, String indexPath, Utf8Sink s) throws IOException {
    String reason = HttpStatus.resolve(t.status()).map(HttpStatus::reasonPhrase).orElse("");
    String heading = t.title() != null ? t.title() : reason.isEmpty() ? t.type() : reason;
    head(null, heading, s);
    if (t.description() != null) {
      s.ascii("<p class=\"detail\">");
      Markup.text(t.description(), s);
      s.ascii("</p>");
    }
    s.ascii("<dl><dt>Status</dt><dd>").ascii(Integer.toString(t.status()));
    if (!reason.isEmpty()) {
      s.ascii(" ");
      Markup.text(reason, s);
    }
    s.ascii("</dd><dt>Type</dt><dd><code>");
    Markup.text(t.type(), s);
    s.ascii("</code></dd>");
    if (!t.headerFields().isEmpty()) {
      s.ascii("<dt>Header fields</dt><dd>");
      Markup.text(String.join(", ", t.headerFields()), s);
      s.ascii("</dd>");
    }
    if (!t.members().isEmpty()) {
      s.ascii("<dt>Members</dt><dd><dl>");
      for (Map.Entry<String, String> m : t.members().entrySet()) {
        s.ascii("<dt><code>");
        Markup.text(m.getKey(), s);
        s.ascii("</code></dt><dd>");
        Markup.text(m.getValue(), s);
        s.ascii("</dd>");
      }
      s.ascii("</dl></dd>");
    }
    if (!t.producedBy().isEmpty()) {
      s.ascii("<dt>Sent by</dt><dd><ol>");
      for (ProblemCatalog.Producer p : t.producedBy()) {
        s.ascii("<li><code>");
        Markup.text(p.httpMethod() + " " + p.path(), s);
        s.ascii("</code></li>");
      }
      s.ascii("</ol></dd>");
    }
    s.ascii("</dl><p class=\"about\"><a href=\"");
    Markup.text(indexPath, s);
    s.ascii("\">All problem types</a></p></main></body></html>\n");
  }

  /** The index: every documented type, linked by its path. */
  static void writeIndexPage(List<Map.Entry<String, ProblemCatalog.ProblemType>> types, Utf8Sink s) throws IOException {
    s.raw(HEAD).ascii("Problem types").raw(TITLE_END_STYLE_H1).ascii("Problem types</h1>");
    if (types.isEmpty()) {
      s.ascii("<p class=\"detail\">No problem types are documented here.</p>");
    } else {
      s.ascii("<dl>");
      for (Map.Entry<String, ProblemCatalog.ProblemType> e : types) {
        ProblemCatalog.ProblemType t = e.getValue();
        s.ascii("<dt><a href=\"");
        Markup.text(e.getKey(), s);
        s.ascii("\">");
        Markup.text(t.title() != null ? t.title() : t.type(), s);
        s.ascii("</a></dt><dd>").ascii(Integer.toString(t.status()));
        if (t.description() != null) {
          s.ascii(": ");
          Markup.text(t.description(), s);
        }
        s.ascii("</dd>");
      }
      s.ascii("</dl>");
    }
    s.raw(PAGE_END);
  }

  /** "Try again in 12 seconds, at Sun 6 Dec 2026, 19:25:12 UTC.", from either form of the field. */
  private static void retryAfter(HeaderFields headers, Clock clock, Utf8Sink s) throws IOException {
    String value = headers.first("Retry-After").orElse(null);
    if (value == null) {
      return;
    }
    Instant now = clock.instant();
    RetryAfter r;
    try {
      r = RetryAfter.parse(value);
    } catch (IllegalArgumentException e) {
      return; // a value that says nothing readable is not repeated to a person
    }
    Instant at = r.instant(java.time.Clock.fixed(now, ZoneOffset.UTC));
    long seconds = Math.max(0, Duration.between(now.truncatedTo(ChronoUnit.SECONDS), at).getSeconds());
    s.ascii("<p class=\"when\">");
    if (seconds == 0) {
      s.ascii("You can try again now.");
    } else {
      s.ascii("Try again ").ascii(in(seconds)).ascii(", at <time datetime=\"").ascii(at.toString()).ascii("\">")
          .ascii(TIME.format(at)).ascii("</time>.");
    }
    s.ascii("</p>");
  }

  /** "in 12 seconds", "in 3 minutes", "in 2 hours", "in 4 days"; rounded up, so never too early. */
  static String in(long seconds) {
    if (seconds < 120) {
      return seconds == 1 ? "in 1 second" : "in " + seconds + " seconds";
    }
    if (seconds < 2 * 3600) {
      return "in " + ceil(seconds, 60) + " minutes";
    }
    if (seconds < 2 * 86400) {
      return "in " + ceil(seconds, 3600) + " hours";
    }
    return "in " + ceil(seconds, 86400) + " days";
  }

  private static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }

  /** A link for an http(s) URI or a relative reference, else the text. */
  private static void uri(String value, Utf8Sink s) throws IOException {
    if (isLinkable(value)) {
      s.ascii("<a href=\"");
      Markup.text(value, s);
      s.ascii("\">");
      Markup.text(value, s);
      s.ascii("</a>");
    } else {
      s.ascii("<code>");
      Markup.text(value, s);
      s.ascii("</code>");
    }
  }

  /** {@link #isLinkable} for a problem type: the application's few types are parsed once each. */
  private static boolean typeIsLinkable(String type) {
    Boolean known = LINKABLE_TYPES.get(type);
    if (known != null) {
      return known;
    }
    boolean linkable = isLinkable(type);
    if (LINKABLE_TYPES.size() < MAX_REMEMBERED) {
      LINKABLE_TYPES.put(type, linkable);
    }
    return linkable;
  }

  /**
   * Whether a browser may follow it: a valid URI reference of scheme http or https, or without a
   * scheme (a relative reference, which keeps the scheme of the page). Anything else ({@code
   * javascript:}, {@code data:}, {@code file:}, an invalid reference) is text.
   */
  static boolean isLinkable(String value) {
    if (value.isEmpty()) {
      return false;
    }
    try {
      String scheme = new URI(value).getScheme();
      return scheme == null || scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The targets of the links of relation {@code rel} in {@code Link} field lines (RFC 8288 §3):
   * each link-value is {@code <target>} and parameters, separated by commas outside quotes.
   */
  static List<String> linkTargets(List<String> lines, String rel) {
    if (lines.isEmpty()) {
      return List.of(); // the common case: no Link field
    }
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      int i = 0;
      int n = line.length();
      while (i < n) {
        int open = line.indexOf('<', i);
        if (open < 0) {
          break;
        }
        int close = line.indexOf('>', open);
        if (close < 0) {
          break;
        }
        String target = line.substring(open + 1, close);
        int end = close + 1;
        boolean quoted = false;
        while (end < n && (quoted || line.charAt(end) != ',')) {
          char c = line.charAt(end);
          if (c == '\\' && quoted) {
            end++;
          } else if (c == '"') {
            quoted = !quoted;
          }
          end++;
        }
        if (hasRel(line.substring(close + 1, Math.min(end, n)), rel)) {
          out.add(target);
        }
        i = end + 1;
      }
    }
    return out;
  }

  private static boolean hasRel(String params, String rel) {
    for (String param : params.split(";")) {
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("rel")) {
        String v = param.substring(eq + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        for (String r : v.split(" ")) {
          if (r.equalsIgnoreCase(rel)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The start of a member's entry, {@code <dt>}, its label ({@link #words}) as text, {@code </dt><dd>},
   * encoded once per name: a page's members are mostly the same few names.
   */
  private static byte[] entryHead(String name) {
    byte[] known = ENTRY_HEADS.get(name);
    if (known != null) {
      return known;
    }
    byte[] head = entryHeadOf(name);
    if (ENTRY_HEADS.size() < MAX_REMEMBERED) { // names come from the application, but the cache is bounded anyway
      ENTRY_HEADS.put(name, head);
    }
    return head;
  }

  /** {@link #entryHead} worked out, without the cache. */
  static byte[] entryHeadOf(String name) {
    String label = words(name);
    Utf8Sink head = new Utf8Sink(label.length() + 16);
    try {
      head.ascii("<dt>");
      Markup.text(label, head);
      head.ascii("</dt><dd>");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a sink without a stream does not fail
    }
    return head.toByteArray();
  }

  /**
   * A member name in words, its label: {@code traceId} "Trace ID", {@code violated-policies}
   * "Violated policies", {@code invalid_params} "Invalid params".
   */
  static String words(String name) {
    StringBuilder words = new StringBuilder();
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c == '-' || c == '_' || c == ' ') {
        words.append(' ');
      } else if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        words.append(' ').append(Character.toLowerCase(c));
      } else {
        words.append(i == 0 || Character.isUpperCase(c) ? c : Character.toLowerCase(c)); // keeps "ABC" an acronym
      }
    }
    StringBuilder out = new StringBuilder();
    for (String w : SPACES.split(words.toString().strip())) {
      String word = switch (w.toLowerCase(Locale.ROOT)) {
        case "id", "uri", "url", "ip", "http" -> w.toUpperCase(Locale.ROOT);
        default -> w;
      };
      out.append(out.length() == 0 ? "" : " ").append(word);
    }
    if (out.length() == 0) {
      return name; // a key of only separators: nothing better to say
    }
    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.toString();
  }

  private static void entry(String name, @Nullable Object v, Utf8Sink s) throws IOException {
    s.raw(entryHead(name));
    value(v, s);
    s.raw(DD_END);
  }

  private static void value(@Nullable Object v, Utf8Sink s) throws IOException {
    if (v == null) {
      s.ascii("<span class=\"null\">none</span>");
    } else if (v instanceof String str) {
      Markup.text(str, s);
    } else if (v instanceof Map<?, ?> m) {
      s.raw(DL);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        entry((String) e.getKey(), e.getValue(), s);
      }
      s.raw(DL_END);
    } else if (v instanceof List<?> l) {
      s.ascii("<ol>");
      for (Object item : l) {
        s.ascii("<li>");
        value(item, s);
        s.ascii("</li>");
      }
      s.ascii("</ol>");
    } else if (v instanceof Integer || v instanceof Long) {
      s.decimal(((Number) v).longValue());
    } else {
      s.ascii(v.toString()); // Boolean or another Number: ASCII
    }
  }
}
