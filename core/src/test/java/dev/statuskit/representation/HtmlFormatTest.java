package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML page: self-contained, every value escaped. The page is polyglot markup, so a real XML
 * parser checks that no value can open an element or an attribute.
 */
class HtmlFormatTest {

  private static final ProblemWriter WRITER = ProblemWriter.defaults()
      .withMaxDetailLength(1048576);

  private static final List<String> ALLOWED_ELEMENTS =
      List.of("html", "head", "meta", "title", "style", "body", "main", "h1", "p", "dl", "dt", "dd", "ol", "li", "span");

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

  @Test
  void writesAReadablePageWithStatusTitleDetailAndMembers() throws Exception {
    Problem p = Problem.builder().status(429).detail("Slow down.").instance("/orders/7").extension("limit", 100)
        .extension("window", Map.of("unit", "minute")).extension("tags", List.of("a", "b")).extension("none", null)
        .build();
    byte[] html = WRITER.toBytes(p, ProblemMediaType.HTML);
    Document d = parse(html);

    assertThat(new String(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(texts(d, "title")).containsExactly("429 Too Many Requests");
    assertThat(texts(d, "h1")).containsExactly("429 Too Many Requests");
    assertThat(texts(d, "p")).containsExactly("Slow down.");
    assertThat(texts(d, "dt")).containsExactly("type", "instance", "limit", "window", "unit", "tags", "none");
    assertThat(texts(d, "dd")).containsExactly("about:blank", "/orders/7", "100", "unitminute", "minute", "ab", "null");
    assertThat(texts(d, "li")).containsExactly("a", "b");
  }

  @Test
  void isSelfContained() throws Exception {
    Problem p = Problem.builder().status(500).type("https://example.com/probs/x").build();
    Document d = parse(WRITER.toBytes(p, ProblemMediaType.HTML));

    assertOnlyAllowedMarkup(d.getDocumentElement());
    assertThat(new String(WRITER.toBytes(p, ProblemMediaType.HTML), StandardCharsets.UTF_8))
        .doesNotContain("<script", "<link", "<img", "src=", "href=", "url(", "@import")
        .contains("default-src 'none'");
  }

  @Provide
  Arbitrary<Problem> problems() {
    return Generators.problems();
  }

  @Property(tries = 300)
  void noValueCanAddMarkup(@ForAll("problems") Problem problem) throws Exception {
    Document d = parse(WRITER.toBytes(problem, ProblemMediaType.HTML));

    assertOnlyAllowedMarkup(d.getDocumentElement());
    problem.detail().ifPresent(detail -> assertThat(d.getElementsByTagName("p").item(0).getTextContent())
        .isEqualTo(Trees.xmlText(detail)));
    Map<String, String> topLevel = new LinkedHashMap<>();
    Element dl = (Element) d.getElementsByTagName("dl").item(0);
    String name = null;
    for (Node n = dl.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals("dt")) {
        name = n.getTextContent();
      } else {
        topLevel.put(name, n.getTextContent());
      }
    }
    assertThat(topLevel.keySet()).startsWith("type").containsAll(problem.extensions().keySet());
    problem.extensions().forEach((k, v) -> {
      if (v instanceof String s) {
        assertThat(topLevel.get(k)).isEqualTo(Trees.xmlText(s));
      }
    });
  }

  private static void assertOnlyAllowedMarkup(Element e) {
    assertThat(ALLOWED_ELEMENTS).contains(e.getTagName());
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      assertThat(attrs.item(i).getNodeName()).isIn("lang", "charset", "name", "content", "http-equiv", "class");
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      assertThat(n.getNodeType()).isIn(Node.ELEMENT_NODE, Node.TEXT_NODE);
      if (n instanceof Element child) {
        assertOnlyAllowedMarkup(child);
      }
    }
  }
}
