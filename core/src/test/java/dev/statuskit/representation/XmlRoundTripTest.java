package dev.statuskit.representation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Differential tests of the XML writer against the JDK's parser: every random problem is a
 * well-formed document whose elements are all in {@code urn:ietf:rfc:7807} and whose Appendix B
 * reading (objects as nested elements, arrays as {@code <i>}) is exactly the written values, less
 * the characters XML 1.0 forbids (RFC 9457 Appendix B).
 */
class XmlRoundTripTest {

  @Property(tries = 2000)
  void theJdkParserReadsTheAppendixBMappingOfEveryValue(
      @ForAll(supplier = Generators.Problems.class) Problem problem) throws Exception {
    byte[] xml = Generators.WHOLE.toBytes(problem, ProblemMediaType.XML);

    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();

    assertThat(root.getLocalName()).isEqualTo("problem");
    assertThat(root.getNamespaceURI()).isEqualTo("urn:ietf:rfc:7807");
    Object read = appendixB(root);
    Object expected = expected(problem);
    assertThat(read).isEqualTo(expected);
    assertThat(read).hasToString(expected.toString());
  }

  @Property(tries = 500)
  void problemReaderRebuildsTheProblemFromTheDocument(@ForAll(supplier = Generators.Problems.class) Problem problem) {
    Problem read = ProblemReader.fromXml(Generators.WHOLE.toBytes(problem, ProblemMediaType.XML));

    assertThat(read.type()).isEqualTo(problem.type());
    assertThat(read.status()).isEqualTo(problem.status());
    assertThat(read.title()).isEqualTo(problem.title().map(Trees::xmlText));
    assertThat(read.detail()).isEqualTo(problem.detail().map(Trees::xmlText));
    assertThat(read.instance()).isEqualTo(problem.instance());
    Map<String, Object> ext = new LinkedHashMap<>();
    problem.extensions().forEach((k, v) -> ext.put(k, Trees.expectedXml(v)));
    assertThat(read.extensions()).hasToString(ext.toString());
  }

  private static Map<String, Object> expected(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", p.type().toString());
    p.title().ifPresent(t -> m.put("title", Trees.xmlText(t)));
    p.status().ifPresent(s -> m.put("status", Integer.toString(s)));
    p.detail().ifPresent(d -> m.put("detail", Trees.xmlText(d)));
    p.instance().ifPresent(i -> m.put("instance", i.toString()));
    p.extensions().forEach((k, v) -> m.put(k, Trees.expectedXml(v)));
    return m;
  }

  /** RFC 9457 Appendix B, read independently of ProblemReader; every element must be in the namespace. */
  private static Object appendixB(Element e) {
    List<Element> kids = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element k) {
        assertThat(k.getNamespaceURI()).isEqualTo("urn:ietf:rfc:7807");
        kids.add(k);
      } else {
        assertThat(n.getNodeType()).isEqualTo(Node.TEXT_NODE);
      }
    }
    if (kids.isEmpty()) {
      return e.getTextContent();
    }
    assertThat(e.getChildNodes().getLength()).as("no text beside child elements").isEqualTo(kids.size());
    if (kids.stream().allMatch(k -> k.getLocalName().equals("i"))) {
      List<Object> l = new ArrayList<>();
      kids.forEach(k -> l.add(appendixB(k)));
      return l;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (Element k : kids) {
      assertThat(k.getLocalName()).doesNotStartWithIgnoringCase("xml").isNotEqualTo("i");
      assertThat(m.put(XmlNames.decode(k.getLocalName()), appendixB(k))).isNull();
    }
    return m;
  }
}
