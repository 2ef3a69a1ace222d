package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documentation pages, written directly (the docs tests build theirs once, when their class loads). */
class DocPagesTest {

  private static String main(Utf8Sink s) {
    String html = new String(s.toByteArray(), StandardCharsets.UTF_8);
    return html.substring(html.indexOf("<main>"));
  }

  private static String typePage(ProblemCatalog.ProblemType t) throws IOException {
    Utf8Sink s = new Utf8Sink(256);
    HtmlFormat.writeTypePage(t, "/docs/<all>", s);
    return main(s);
  }

  @Test
  void aTypePageShowsEveryPartItHasEscaped() throws IOException {
    Map<String, String> members = new LinkedHashMap<>();
    members.put("a<b", "x&y");
    members.put("limit", "integer");
    ProblemCatalog.ProblemType t = new ProblemCatalog.ProblemType("https://api.example/p?a=1&b=<2>", 429,
        "Slow <down>", "Too many & too fast.", "p.Slow", members, List.of("Retry-After", "RateLimit"),
        List.of(new ProblemCatalog.Producer("p.Api#get", "GET", "/a?b=<c>"),
            new ProblemCatalog.Producer("p.Api#put", "PUT", "/a")));

    assertThat(typePage(t)).isEqualTo("<main><h1>Slow &lt;down&gt;</h1>"
        + "<p class=\"detail\">Too many &amp; too fast.</p><dl><dt>Status</dt><dd>429 Too Many Requests</dd>"
        + "<dt>Type</dt><dd><code>https://api.example/p?a=1&amp;b=&lt;2&gt;</code></dd>"
        + "<dt>Header fields</dt><dd>Retry-After, RateLimit</dd>"
        + "<dt>Members</dt><dd><dl><dt><code>a&lt;b</code></dt><dd>x&amp;y</dd><dt><code>limit</code></dt>"
        + "<dd>integer</dd></dl></dd>"
        + "<dt>Sent by</dt><dd><ol><li><code>GET /a?b=&lt;c&gt;</code></li><li><code>PUT /a</code></li></ol></dd></dl>"
        + "<p class=\"about\"><a href=\"/docs/&lt;all&gt;\">All problem types</a></p></main></body></html>\n");
  }

  @Test
  void aTypeWithoutTitleIsHeadedByItsReasonPhraseOrElseByItsType() throws IOException {
    ProblemCatalog.ProblemType phrase = new ProblemCatalog.ProblemType("/p/<gone>", 410, null, null, "p.Gone",
        Map.of(), List.of(), List.of());
    ProblemCatalog.ProblemType unregistered = new ProblemCatalog.ProblemType("/p/<odd>", 499, null, null, "p.Odd",
        Map.of(), List.of(), List.of());

    assertThat(typePage(phrase)).isEqualTo("<main><h1>Gone</h1><dl><dt>Status</dt><dd>410 Gone</dd>"
        + "<dt>Type</dt><dd><code>/p/&lt;gone&gt;</code></dd></dl>"
        + "<p class=\"about\"><a href=\"/docs/&lt;all&gt;\">All problem types</a></p></main></body></html>\n");
    assertThat(typePage(unregistered)).isEqualTo("<main><h1>/p/&lt;odd&gt;</h1><dl><dt>Status</dt><dd>499</dd>"
        + "<dt>Type</dt><dd><code>/p/&lt;odd&gt;</code></dd></dl>"
        + "<p class=\"about\"><a href=\"/docs/&lt;all&gt;\">All problem types</a></p></main></body></html>\n");
    Utf8Sink s = new Utf8Sink(256);
    HtmlFormat.writeTypePage(phrase, "/docs/", s);
    assertThat(new String(s.toByteArray(), StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>").contains("<title>Gone</title>");
  }

  @Test
  void theIndexListsEachTypeEscapedOrSaysThatThereIsNone() throws IOException {
    ProblemCatalog.ProblemType titled = new ProblemCatalog.ProblemType("https://api.example/a", 409, "A & B",
        "When <this> happens.", "p.A", Map.of(), List.of(), List.of());
    ProblemCatalog.ProblemType bare = new ProblemCatalog.ProblemType("/p/<b>", 400, null, null, "p.B", Map.of(),
        List.of(), List.of());
    Utf8Sink s = new Utf8Sink(256);
    HtmlFormat.writeIndexPage(List.of(Map.entry("/p/a?x=<1>", titled), Map.entry("/p/b", bare)), s);
    Utf8Sink none = new Utf8Sink(256);
    HtmlFormat.writeIndexPage(List.of(), none);

    assertThat(main(s)).isEqualTo("<main><h1>Problem types</h1><dl>"
        + "<dt><a href=\"/p/a?x=&lt;1&gt;\">A &amp; B</a></dt><dd>409: When &lt;this&gt; happens.</dd>"
        + "<dt><a href=\"/p/b\">/p/&lt;b&gt;</a></dt><dd>400</dd></dl></main></body></html>\n");
    assertThat(main(none)).isEqualTo("<main><h1>Problem types</h1>"
        + "<p class=\"detail\">No problem types are documented here.</p></main></body></html>\n");
  }
}
