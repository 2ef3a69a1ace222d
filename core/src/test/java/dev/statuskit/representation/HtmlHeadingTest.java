package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The head of an HTML page is encoded once per status for a problem with its status's own title;
 * every other problem of that status, written after it, still gets its own title and language.
 */
class HtmlHeadingTest {

  private static final ProblemWriter WRITER = ProblemWriter.defaults();

  private static String page(Problem p) {
    return new String(WRITER.toBytes(p, ProblemMediaType.HTML), StandardCharsets.UTF_8);
  }

  private static String between(String page, String open, String close) {
    int from = page.indexOf(open) + open.length();
    return page.substring(from, page.indexOf(close, from));
  }

  @Test
  void aProblemWithAnotherTitleOrLanguageAfterTheStandardOneKeepsItsOwnHeading() {
    String standard = page(Problem.of(418));
    String custom = page(Problem.builder().status(418).title("Short <and> stout").build());
    String again = page(Problem.of(418));

    assertThat(between(standard, "<title>", "</title>")).isEqualTo("418 I&#39;m a teapot");
    assertThat(between(standard, "<h1>", "</h1>")).isEqualTo("418 I&#39;m a teapot");
    assertThat(standard).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(between(custom, "<title>", "</title>")).isEqualTo("418 Short &lt;and&gt; stout");
    assertThat(between(custom, "<h1>", "</h1>")).isEqualTo("418 Short &lt;and&gt; stout");
    assertThat(again).isEqualTo(standard);
  }

  @Test
  void theStandardHeadOfAStatusIsThePageUpToItsHeading() {
    HtmlFormat.StandardHead teapot = HtmlFormat.standardHeadOf(418);
    String head = new String(teapot.bytes(), StandardCharsets.UTF_8);

    assertThat(teapot.title()).isEqualTo("I'm a teapot");
    assertThat(head).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("<h1>418 I&#39;m a teapot</h1>");
    assertThat(between(head, "<title>", "</title>")).isEqualTo("418 I&#39;m a teapot");
    assertThat(page(Problem.of(418))).startsWith(head);
    assertThat(HtmlFormat.standardHeadOf(299).bytes()).isNull(); // no reason phrase: no standard head
    assertThat(HtmlFormat.standardHeadOf(299).title()).isNull();
  }

  /** The link or the code for a problem type is worked out once per type; every page still shows it. */
  @Test
  void aTypeIsALinkOrCodeOnEveryPage() {
    Problem linked = Problem.builder().type("https://example.com/probs/out-of-credit").status(403).build();
    Problem named = Problem.builder().type("urn:example:out-of-credit").status(403).build();

    for (int i = 0; i < 2; i++) {
      assertThat(page(linked)).contains(
          "<p class=\"about\"><a href=\"https://example.com/probs/out-of-credit\">What this problem means</a></p>");
      assertThat(page(named)).contains("<p class=\"about\">Problem type: <code>urn:example:out-of-credit</code></p>");
    }
  }
}
