package dev.statuskit.representation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code application/problem+xml} (RFC 9457 Appendix B): root {@code problem} in namespace
 * {@code urn:ietf:rfc:7807}, the standard members as elements in the order type, title, status,
 * detail, instance, then one element per extension member, all in that namespace.
 *
 * <p>Values: a string, number or boolean is the element's text (numbers as in JSON); {@code null}, an
 * empty list and an empty map are an empty element (XML cannot tell them from the empty string); a
 * list is one {@code <i>} child per item; a map is one child element per entry, named by the
 * {@link XmlNames} rule. Text is escaped by {@link Markup#text}, which removes characters XML 1.0
 * forbids. No whitespace is added, so the text of every element is exactly its value.
 */
final class XmlFormat {

  static final String NAMESPACE = "urn:ietf:rfc:7807";

  private XmlFormat() {}

  static void write(PreparedProblem p, Utf8Sink s) throws IOException {
    s.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"").ascii(NAMESPACE);
    if (p.language() != null) {
      s.ascii("\" xml:lang=\"").ascii(p.language());
    }
    s.ascii("\">");
    element("type", p.type(), s);
    if (p.title() != null) {
      element("title", p.title(), s);
    }
    if (p.status() != 0) {
      s.ascii("<status>").decimal(p.status()).ascii("</status>");
    }
    if (p.detail() != null) {
      element("detail", p.detail(), s);
    }
    if (p.instance() != null) {
      element("instance", p.instance(), s);
    }
    for (Map.Entry<String, @Nullable Object> e : p.extensions().entrySet()) {
      element(XmlNames.encode(e.getKey()), e.getValue(), s);
    }
    s.ascii("</problem>\n");
  }

  /** {@code name} is already a valid, ASCII element name. */
  private static void element(String name, @Nullable Object v, Utf8Sink s) throws IOException {
    if (v == null || v instanceof Map<?, ?> m && m.isEmpty() || v instanceof List<?> l && l.isEmpty()) {
      s.ascii('<').ascii(name).ascii("/>");
      return;
    }
    s.ascii('<').ascii(name).ascii('>');
    if (v instanceof String str) {
      Markup.text(str, s);
    } else if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        element(XmlNames.encode((String) e.getKey()), e.getValue(), s);
      }
    } else if (v instanceof List<?> l) {
      for (Object item : l) {
        element("i", item, s);
      }
    } else {
      s.ascii(v.toString()); // Boolean or Number: ASCII
    }
    s.ascii("</").ascii(name).ascii('>');
  }
}
