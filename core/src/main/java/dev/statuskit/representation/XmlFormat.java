package dev.statuskit.representation;

import static dev.statuskit.representation.Utf8Sink.asciiBytes;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
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

  /** The declaration and the start tag of the root element, encoded once. */
  private static final byte[] OPEN = asciiBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"" + NAMESPACE
      + "\">");

  /** The same up to the value of an {@code xml:lang} on the root, for a localized problem. */
  private static final byte[] OPEN_LANGUAGE = asciiBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\""
      + NAMESPACE + "\" xml:lang=\"");

  /**
   * The start of the most common document, {@link #OPEN} then {@code <type>about:blank</type>},
   * {@code <title>} with the reason phrase and {@code <status>}, encoded once per registered status
   * (indexed by code): a problem with the default type and title writes it in one copy.
   */
  private static final byte[][] HEADS = new byte[600][];
  /** The reason phrase each head holds, to check that a problem's title is that phrase. */
  private static final String[] PHRASES = new String[600];
  private static final String ABOUT_BLANK = Problem.ABOUT_BLANK.toString();
  // The tags of the standard members, encoded once.
  private static final byte[] TYPE_START = asciiBytes("<type>");
  private static final byte[] TYPE_END = asciiBytes("</type>");
  private static final byte[] TITLE_START = asciiBytes("<title>");
  private static final byte[] TITLE_END = asciiBytes("</title>");
  private static final byte[] DETAIL_START = asciiBytes("<detail>");
  private static final byte[] DETAIL_END = asciiBytes("</detail>");
  private static final byte[] INSTANCE_START = asciiBytes("<instance>");
  private static final byte[] INSTANCE_END = asciiBytes("</instance>");

  static {
    for (HttpStatus status : HttpStatus.values()) {
      String phrase = status.reasonPhrase();
      if (!phrase.isEmpty() && phrase.chars().allMatch(c -> c >= 0x20 && c < 0x7F && "&<>\"'".indexOf(c) < 0)) {
        PHRASES[status.code()] = phrase;
        HEADS[status.code()] = asciiBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"" + NAMESPACE
            + "\"><type>" + ABOUT_BLANK + "</type><title>" + phrase + "</title><status>" + status.code() + "</status>");
      }
    }
  }

  private XmlFormat() {}

  static void write(PreparedProblem p, Utf8Sink s) throws IOException {
    int status = p.status();
    String title = p.title();
    if (p.language() == null && status > 0 && status < 600 && PHRASES[status] != null && PHRASES[status].equals(title)
        && ABOUT_BLANK.equals(p.type())) {
      s.raw(HEADS[status]);
    } else {
      if (p.language() == null) {
        s.raw(OPEN);
      } else { // a checked language tag: letters, digits and '-'
        s.raw(OPEN_LANGUAGE).ascii(p.language()).ascii("\">");
      }
      s.raw(TYPE_START);
      Markup.text(p.type(), s);
      s.raw(TYPE_END);
      if (title != null) {
        s.raw(TITLE_START);
        Markup.text(title, s);
        s.raw(TITLE_END);
      }
      if (status != 0) {
        s.ascii("<status>").decimal(status).ascii("</status>");
      }
    }
    if (p.detail() != null) {
      s.raw(DETAIL_START);
      Markup.text(p.detail(), s);
      s.raw(DETAIL_END);
    }
    if (p.instance() != null) {
      s.raw(INSTANCE_START);
      Markup.text(p.instance(), s);
      s.raw(INSTANCE_END);
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
    } else if (v instanceof Integer || v instanceof Long) {
      s.decimal(((Number) v).longValue());
    } else {
      s.ascii(v.toString()); // Boolean or another Number: ASCII
    }
    s.ascii("</").ascii(name).ascii('>');
  }
}
