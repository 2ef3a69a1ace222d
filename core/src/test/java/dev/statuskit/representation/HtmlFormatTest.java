package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.HeaderFields;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML page: what a person can act on (detail, when to try again, where to go, what to quote to
 * support), self-contained, every value escaped. The page is polyglot markup, so a real XML parser
 * checks that no value can open an element or an attribute.
 */
class HtmlFormatTest {

  private static final Instant NOW = Instant.parse("2026-12-06T19:25:00Z");

  private static final ProblemWriter WRITER = ProblemWriter.defaults()
      .withMaxDetailLength(1048576).withClock(Clock.fixed(NOW, ZoneOffset.UTC));

  private static final List<String> ALLOWED_ELEMENTS = List.of("html", "head", "meta", "title", "style", "body",
      "main", "h1", "p", "dl", "dt", "dd", "ol", "li", "span", "a", "code", "time");

  private static final DocumentBuilderFactory PARSERS = DocumentBuilderFactory.newInstance();

  static Document parse(byte[] html) throws Exception {
    return PARSERS.newDocumentBuilder().parse(new ByteArrayInputStream(html));
  }

  private static List<String> texts(Document d, String tag) {
    List<String> out = new ArrayList<>();
    NodeList l = d.getElementsByTagName(tag);
    for (int i = 0; i < l.getLength(); i++) {
      out.add(l.item(i).getTextContent());
    }
    return out;
  }

  private static String page(Problem p, HeaderFields h) {
    return new String(WRITER.toBytes(p, ProblemMediaType.HTML, h), StandardCharsets.UTF_8);
  }

  /** What is inside {@code <main>}, after the fixed head of every page. */
  private static String main(Problem p, HeaderFields h) throws Exception {
    String html = page(p, h);
    parse(html.getBytes(StandardCharsets.UTF_8));
    int start = html.indexOf("<main>");
    assertThat(html).endsWith("</main></body></html>\n");
    return html.substring(start + "<main>".length(), html.length() - "</main></body></html>\n".length());
  }

  @Test
  void theHeadIsFixedAndSelfContainedAndFitsAPhone() {
    String html = page(Problem.of(404), HeaderFields.empty());

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>"
        + "<meta name=\"robots\" content=\"noindex\"/><title>404 Not Found</title><style>")
        .contains("@media (max-width:36rem)")
        .endsWith("</style></head><body><main><h1>404 Not Found</h1></main></body></html>\n");
  }

  @Test
  void aBareNotFoundShowsNeitherAboutBlankNorMemberNames() throws Exception {
    assertThat(main(Problem.of(404), HeaderFields.empty())).isEqualTo("<h1>404 Not Found</h1>");
  }

  @Test
  void tooManyRequestsSaysWhenToTryAgainInWordsAndAsATime() throws Exception {
    Problem p = Problem.builder().status(429).type("https://api.example.com/problems/quota-exceeded")
        .title("Quota exceeded").detail("You used all 100 searches of this minute.")
        .extension("violated-policies", List.of("searches")).build();

    assertThat(main(p, HeaderFields.builder().add("Retry-After", "12").build())).isEqualTo(
        "<h1>429 Quota exceeded</h1><p class=\"detail\">You used all 100 searches of this minute.</p>"
        + "<p class=\"when\">Try again in 12 seconds, at <time datetime=\"2026-12-06T19:25:12Z\">"
        + "Sun 6 Dec 2026, 19:25:12 UTC</time>.</p>"
        + "<dl><dt>Violated policies</dt><dd><ol><li>searches</li></ol></dd></dl>"
        + "<p class=\"about\"><a href=\"https://api.example.com/problems/quota-exceeded\">What this problem means</a></p>");
  }

  @Test
  void serviceUnavailableUntilADateSaysHowLongThatIs() throws Exception {
    assertThat(main(Problem.of(503), HeaderFields.builder().add("Retry-After", "Sun, 06 Dec 2026 21:00:00 GMT")
        .build())).isEqualTo("<h1>503 Service Unavailable</h1><p class=\"when\">Try again in 95 minutes, at "
            + "<time datetime=\"2026-12-06T21:00:00Z\">Sun 6 Dec 2026, 21:00:00 UTC</time>.</p>");
  }

  @Test
  void aRetryAfterDateInThePastSaysNow() throws Exception {
    assertThat(main(Problem.of(503), HeaderFields.builder().add("Retry-After", "Sun, 06 Dec 2026 19:00:00 GMT")
        .build())).isEqualTo("<h1>503 Service Unavailable</h1><p class=\"when\">You can try again now.</p>");
  }

  @Test
  void anUnreadableRetryAfterIsNotRepeated() throws Exception {
    assertThat(main(Problem.of(503), HeaderFields.builder().add("Retry-After", "soon").build()))
        .isEqualTo("<h1>503 Service Unavailable</h1>");
  }

  @ParameterizedTest
  @CsvSource({"1, in 1 second", "119, in 119 seconds", "120, in 2 minutes", "121, in 3 minutes",
      "7199, in 120 minutes", "7200, in 2 hours", "172799, in 48 hours", "172800, in 2 days", "172801, in 3 days"})
  void delaysAreRoundedUpNeverTooEarly(long seconds, String words) {
    assertThat(HtmlFormat.in(seconds)).isEqualTo(words);
  }

  @Test
  void unavailableForLegalReasonsLinksToTheBlocker() throws Exception {
    Problem p = Problem.builder().status(451).detail("Blocked in your country by court order.").build();
    HeaderFields h = HeaderFields.builder()
        .add("Link", "<https://example.org/terms>; rel=\"terms-of-service\", <https://authority.example/orders/7>; "
            + "rel=\"blocked-by\"; title=\"a, b\"")
        .build();

    assertThat(main(p, h)).isEqualTo("<h1>451 Unavailable For Legal Reasons</h1>"
        + "<p class=\"detail\">Blocked in your country by court order.</p>"
        + "<p class=\"where\">Blocked by <a href=\"https://authority.example/orders/7\">"
        + "https://authority.example/orders/7</a>.</p>");
  }

  @Test
  void aServerErrorGivesTheReferenceToQuoteToSupport() throws Exception {
    Problem p = Problem.builder().status(500).instance(URI.create("urn:uuid:0b3c6f4e-4a52-4d8e-9b1a-2f0e1d9c7a11"))
        .extension("traceId", "4bf92f3577b34da6a3ce929d0e0e4736").build();

    assertThat(main(p, HeaderFields.empty())).isEqualTo("<h1>500 Internal Server Error</h1>"
        + "<p class=\"reference\">If you contact support, quote this reference: "
        + "<code>urn:uuid:0b3c6f4e-4a52-4d8e-9b1a-2f0e1d9c7a11</code></p>"
        + "<dl><dt>Trace ID</dt><dd>4bf92f3577b34da6a3ce929d0e0e4736</dd></dl>");
  }

  @Test
  void aRedirectionLinksToItsLocationAndAClientErrorShowsItsReference() throws Exception {
    Problem p = Problem.builder().status(308).instance(URI.create("/orders/7")).build();

    assertThat(main(p, HeaderFields.builder().add("Location", "/v2/orders/7").build())).isEqualTo(
        "<h1>308 Permanent Redirect</h1><p class=\"where\">Go to <a href=\"/v2/orders/7\">/v2/orders/7</a>.</p>"
        + "<p class=\"reference\">Reference: <code>/orders/7</code></p>");
  }

  @Test
  void methodNotAllowedListsTheAllowedMethods() throws Exception {
    assertThat(main(Problem.of(405), HeaderFields.builder().add("Allow", "GET, HEAD").build()))
        .isEqualTo("<h1>405 Method Not Allowed</h1><p class=\"allow\">Allowed methods: GET, HEAD.</p>");
    assertThat(main(Problem.of(405), HeaderFields.builder().add("Allow", "").build()))
        .isEqualTo("<h1>405 Method Not Allowed</h1><p class=\"allow\">No method is allowed here at present.</p>");
  }

  @Test
  void membersGetReadableLabelsAndNestedValues() throws Exception {
    Problem p = Problem.builder().status(400).detail("Two fields are wrong.")
        .extension("violations", List.of(Map.of("field", "name"), Map.of("field", "isbn")))
        .extension("requestUrl", "x").extension("max_size", 100).extension("none", null)
        .type("tag:example.com,2026:bad-input").build();

    assertThat(main(p, HeaderFields.empty())).isEqualTo("<h1>400 Bad Request</h1>"
        + "<p class=\"detail\">Two fields are wrong.</p><dl>"
        + "<dt>Violations</dt><dd><ol><li><dl><dt>Field</dt><dd>name</dd></dl></li>"
        + "<li><dl><dt>Field</dt><dd>isbn</dd></dl></li></ol></dd>"
        + "<dt>Request URL</dt><dd>x</dd><dt>Max size</dt><dd>100</dd>"
        + "<dt>None</dt><dd><span class=\"null\">none</span></dd></dl>"
        + "<p class=\"about\">Problem type: <code>tag:example.com,2026:bad-input</code></p>");
  }

  @ParameterizedTest
  @CsvSource({"traceId, Trace ID", "violated-policies, Violated policies", "invalid_params, Invalid params",
      "ABC, ABC", "balance, Balance", "__x, X", "'a  b', A b"})
  void labelsAreWords(String name, String label) {
    assertThat(HtmlFormat.words(name)).isEqualTo(label);
    // the start of the member's entry, encoded once per name (and remembered)
    assertThat(new String(HtmlFormat.entryHeadOf(name), StandardCharsets.UTF_8)).isEqualTo("<dt>" + label + "</dt><dd>");
  }

  @Test
  void theStartOfAnEntryHasItsLabelAsText() {
    assertThat(new String(HtmlFormat.entryHeadOf("a<b&c"), StandardCharsets.UTF_8))
        .isEqualTo("<dt>" + HtmlFormat.words("a<b&c").replace("&", "&amp;").replace("<", "&lt;") + "</dt><dd>")
        .contains("&lt;b&amp;c");
  }

  @Test
  void hostileValuesStayText() throws Exception {
    String evil = "\"><script>alert(1)</script>";
    Problem p = Problem.builder().status(500).title(evil).detail(evil).type("javascript:alert(1)")
        .instance(URI.create("urn:x:%22%3E")).extension("note", evil).build();
    HeaderFields h = HeaderFields.builder().add("Location", "javascript:alert(1)")
        .add("Location", "https://ok.example/?q=\"><script>")
        .add("Link", "<data:text/html,<script>alert(1)</script>>; rel=blocked-by")
        .add("Retry-After", "<script>").build();

    String main = main(p, h);

    assertThat(main).isEqualTo("<h1>500 &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"
        + "<p class=\"detail\">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        + "<p class=\"where\">Go to <code>javascript:alert(1)</code>.</p>"
        + "<p class=\"where\">Go to <code>https://ok.example/?q=&quot;&gt;&lt;script&gt;</code>.</p>"
        + "<p class=\"where\">Blocked by <code>data:text/html,&lt;script</code>.</p>"
        + "<p class=\"reference\">If you contact support, quote this reference: <code>urn:x:%22%3E</code></p>"
        + "<dl><dt>Note</dt><dd>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</dd></dl>"
        + "<p class=\"about\">Problem type: <code>javascript:alert(1)</code></p>");
    assertOnlyAllowedMarkup(parse(page(p, h).getBytes(StandardCharsets.UTF_8)).getDocumentElement());
  }

  @ParameterizedTest
  @CsvSource({"https://a.example/x, true", "HTTP://a.example/, true", "/relative, true", "docs/x, true",
      "javascript:alert(1), false", "JavaScript:alert(1), false", "'data:text/html;base64,AA', false",
      "file:///etc/passwd, false", "'a b', false", "'', false", "mailto:x@example.com, false"})
  void onlyHttpUrisAndRelativeReferencesBecomeLinks(String uri, boolean linkable) {
    assertThat(HtmlFormat.isLinkable(uri)).isEqualTo(linkable);
  }

  @Test
  void writesAReadablePageWithStatusTitleDetailAndMembers() throws Exception {
    Problem p = Problem.builder().status(429).detail("Slow down.").instance("/orders/7").extension("limit", 100)
        .extension("window", Map.of("unit", "minute")).extension("tags", List.of("a", "b")).extension("none", null)
        .build();
    byte[] html = WRITER.toBytes(p, ProblemMediaType.HTML);
    Document d = parse(html);

    assertThat(texts(d, "title")).containsExactly("429 Too Many Requests");
    assertThat(texts(d, "h1")).containsExactly("429 Too Many Requests");
    assertThat(texts(d, "p")).containsExactly("Slow down.", "Reference: /orders/7");
    assertThat(texts(d, "dt")).containsExactly("Limit", "Window", "Unit", "Tags", "None");
    assertThat(texts(d, "dd")).containsExactly("100", "Unitminute", "minute", "ab", "none");
    assertThat(texts(d, "li")).containsExactly("a", "b");
  }

  @Test
  void isSelfContained() throws Exception {
    Problem p = Problem.builder().status(500).type("https://example.com/probs/x").build();
    String html = page(p, HeaderFields.builder().add("Retry-After", "5").build());

    assertOnlyAllowedMarkup(parse(html.getBytes(StandardCharsets.UTF_8)).getDocumentElement());
    assertThat(html).doesNotContain("<script", "<link", "<img", "src=", "url(", "@import", "about:blank")
        .contains("default-src 'none'");
  }

  @Test
  void theEngineWriterWithoutHeaderFieldsWritesTheSamePageAsWithNone() {
    Problem p = Problem.builder().status(404).detail("There is no book 999.").build();

    assertThat(WRITER.toBytesLeavingOutUnwritable(p, ProblemMediaType.HTML))
        .isEqualTo(WRITER.toBytesLeavingOutUnwritable(p, ProblemMediaType.HTML, HeaderFields.empty()))
        .isEqualTo(WRITER.toBytes(p, ProblemMediaType.HTML));
  }

  @Property(tries = 300)
  void noValueCanAddMarkup(@ForAll(supplier = Generators.Problems.class) Problem problem) throws Exception {
    Document d = parse(WRITER.toBytes(problem, ProblemMediaType.HTML,
        HeaderFields.builder().add("Retry-After", "30").add("Location", "/x?a=<b>").build()));

    assertOnlyAllowedMarkup(d.getDocumentElement());
    problem.detail().ifPresent(detail -> assertThat(d.getElementsByTagName("p").item(0).getTextContent())
        .isEqualTo(Trees.xmlText(detail)));
    NodeList dls = d.getElementsByTagName("dl");
    if (problem.extensions().isEmpty()) {
      assertThat(dls.getLength()).isZero();
      return;
    }
    List<String> values = new ArrayList<>();
    Element dl = (Element) dls.item(0);
    for (Node n = dl.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals("dd")) {
        values.add(n.getTextContent());
      }
    }
    assertThat(values).hasSize(problem.extensions().size());
    int i = 0;
    for (Object v : problem.extensions().values()) {
      if (v instanceof String s) {
        assertThat(values.get(i)).isEqualTo(Trees.xmlText(s));
      }
      i++;
    }
  }

  private static void assertOnlyAllowedMarkup(Element e) {
    assertThat(ALLOWED_ELEMENTS).contains(e.getTagName());
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      String name = attrs.item(i).getNodeName();
      assertThat(name).isIn("lang", "charset", "name", "content", "http-equiv", "class", "href", "datetime");
      if (name.equals("href")) {
        assertThat(e.getTagName()).isEqualTo("a");
        assertThat(HtmlFormat.isLinkable(attrs.item(i).getNodeValue())).isTrue();
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      assertThat(n.getNodeType()).isIn(Node.ELEMENT_NODE, Node.TEXT_NODE);
      if (n instanceof Element child) {
        assertOnlyAllowedMarkup(child);
      }
    }
  }
}
