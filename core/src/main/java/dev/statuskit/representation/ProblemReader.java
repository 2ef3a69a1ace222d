package dev.statuskit.representation;

import dev.statuskit.Problem;
import dev.statuskit.header.internal.FieldSyntax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a {@link Problem} back from a parsed {@code application/problem+json} object or from an
 * {@code application/problem+xml} document, so that clients can rebuild typed exceptions. A
 * problem+json document can also be parsed here, with a strict built-in JSON parser, when no JSON
 * library is at hand.
 *
 * <p>Standard members must have their RFC 9457 §3.1 types: {@code type} and {@code instance} strings
 * that are URI references, {@code title} and {@code detail} strings, {@code status} an integer in
 * 100-599. A member of the wrong type is reported with an {@link IllegalArgumentException} that
 * names the member and its value, not silently dropped. Every other member becomes an extension, in
 * document order, when its name is a valid RFC 9457 §4 name ({@link Problem#isValidExtensionName}) or
 * one JSON and XML carry unchanged ({@link Problem#isPortableExtensionName}, such as
 * {@code violated-policies});
 * members with other names (such as {@code ab} or {@code éclair}) are skipped, as a client must
 * ignore extensions it does not recognise (RFC 9457 §3.2) and {@link Problem} cannot hold them.
 * Without a {@code title}, {@link Problem}'s own default applies (the reason phrase for
 * {@code about:blank}).
 *
 * <p>Extension values are copied into unmodifiable maps and lists; containers may nest at most 32
 * levels deep, as when writing.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1">RFC 9457 §3.1</a>
 * @since 0.1.0
 */
public final class ProblemReader {

  private ProblemReader() {}

  /**
   * Reads a problem from a parsed JSON object, as JSON libraries give it: values are {@code null},
   * {@link Boolean}, {@link Number}, {@link String}, {@code Map<String, ?>} and {@code List<?>}
   * (Jackson's {@code readValue(in, Map.class)}, JSON-B's {@code fromJson(in, Map.class)}).
   *
   * @param object the object's members
   * @return the problem
   * @throws IllegalArgumentException if a standard member is malformed, or a value is not one of the
   *     types above
   */
  public static Problem fromJson(Map<String, ?> object) {
    Objects.requireNonNull(object, "object");
    Problem.Builder b = Problem.builder();
    for (Map.Entry<String, ?> e : object.entrySet()) {
      String name = e.getKey();
      Object v = e.getValue();
      switch (name) {
        case "type" -> b.type(uri("type", v));
        case "title" -> b.title(string("title", v));
        case "detail" -> b.detail(string("detail", v));
        case "instance" -> b.instance(uri("instance", v));
        case "status" -> b.status(status(v));
        default -> {
          if (Problem.isValidExtensionName(name) || Problem.isPortableExtensionName(name)) {
            b.portableExtension(name, copy(name, v, 0));
          }
        }
      }
    }
    return b.build();
  }

  /**
   * Parses and reads an {@code application/problem+json} document, for clients without a JSON
   * library. The parser is strict (RFC 8259): UTF-8 only (a leading byte order mark is ignored, as
   * RFC 8259 §8.1 allows), no trailing text, no repeated member names; numbers are kept exactly
   * ({@link Integer}, {@link Long}, {@link BigInteger} or {@link BigDecimal}).
   *
   * @param in the document; read to the end, not closed
   * @return the problem
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the document is not valid JSON, not an object, nests deeper
   *     than 33 levels, or is not a valid problem (see {@link #fromJson(Map)})
   */
  public static Problem fromJson(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return fromJson(in.readAllBytes());
  }

  /**
   * Parses and reads an {@code application/problem+json} document, as {@link #fromJson(InputStream)}.
   *
   * @param json the UTF-8 bytes of the document
   * @return the problem
   * @throws IllegalArgumentException as {@link #fromJson(InputStream)}
   */
  public static Problem fromJson(byte[] json) {
    return fromJson(members(json));
  }

  /**
   * Parses an {@code application/problem+json} document to its members as they are, without reading
   * them as a problem: what a test needs to see the exact member set and each member's JSON type.
   *
   * @param json the UTF-8 bytes of the document
   * @return the members in document order, unmodifiable; values are {@code null}, {@link Boolean}, {@link Number},
   *     {@link String}, {@code Map<String, ?>} and {@code List<?>}
   * @throws IllegalArgumentException if the document is not UTF-8, not valid JSON, not an object, or
   *     nests deeper than 33 levels
   * @since 0.3.0
   */
  public static Map<String, @Nullable Object> members(byte[] json) {
    Objects.requireNonNull(json, "json");
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not a problem+json document: not UTF-8 (RFC 8259 §8.1)", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Object v = JsonParser.parse(text);
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("not a problem+json document: the JSON value is not an object (RFC 9457 §3)");
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> object = (Map<String, @Nullable Object>) m;
    return Collections.unmodifiableMap(object);
  }

  /**
   * Reads a problem from an {@code application/problem+xml} document (RFC 9457 Appendix B).
   *
   * <p>The root must be {@code problem} in namespace {@code urn:ietf:rfc:7807}. An element with child
   * elements that are all named {@code i} is an array, one with other child elements an object
   * (names decoded by the rule {@link ProblemWriter} encodes them with), any other element a string
   * (XML has no numbers or booleans: {@code <balance>30</balance>} reads as {@code "30"}, an empty
   * element as {@code ""}). Elements of other namespaces and attributes are ignored; the same
   * element twice in one object is reported. The parser is hardened: no DTD, no external entities,
   * no XInclude.
   *
   * @param in the document; not closed
   * @return the problem
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the document is not well-formed, has a DTD, or is not a
   *     valid problem
   */
  public static Problem fromXml(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    Document doc;
    try {
      doc = builder().parse(in);
    } catch (SAXException e) {
      throw new IllegalArgumentException("not a well-formed problem+xml document: " + e.getMessage(), e);
    }
    Element root = doc.getDocumentElement();
    if (!"problem".equals(root.getLocalName()) || !XmlFormat.NAMESPACE.equals(root.getNamespaceURI())) {
      throw new IllegalArgumentException("the root element is {" + root.getNamespaceURI() + "}"
          + root.getLocalName() + ", not problem in namespace " + XmlFormat.NAMESPACE + " (RFC 9457 Appendix B)");
    }
    Problem.Builder b = Problem.builder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Element child : children(root)) {
      String name = XmlNames.decode(child.getLocalName());
      if (!seen.add(name)) {
        throw new IllegalArgumentException("element " + child.getLocalName() + " appears twice in problem");
      }
      switch (name) {
        case "type" -> b.type(uri("type", leaf("type", child).strip()));
        case "title" -> b.title(leaf("title", child));
        case "detail" -> b.detail(leaf("detail", child));
        case "instance" -> b.instance(uri("instance", leaf("instance", child).strip()));
        case "status" -> b.status(xmlStatus(leaf("status", child).strip()));
        default -> {
          if (Problem.isValidExtensionName(name) || Problem.isPortableExtensionName(name)) {
            b.portableExtension(name, xmlValue(name, child, 1));
          }
        }
      }
    }
    return b.build();
  }

  /**
   * Reads a problem from the bytes of an {@code application/problem+xml} document.
   *
   * @param xml the document
   * @return the problem
   * @throws IllegalArgumentException as {@link #fromXml(InputStream)}
   */
  public static Problem fromXml(byte[] xml) {
    try {
      return fromXml(new ByteArrayInputStream(xml));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a ByteArrayInputStream does not fail
    }
  }

  private static String describe(@Nullable Object v) {
    if (v == null) {
      return "null";
    }
    return FieldSyntax.show(v instanceof String str ? str : v.toString()) + " (" + v.getClass().getSimpleName() + ")";
  }

  private static String string(String member, @Nullable Object v) {
    if (v instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("member \"" + member + "\" must be a string (RFC 9457 §3.1), not "
        + describe(v));
  }

  private static URI uri(String member, @Nullable Object v) {
    String s = string(member, v);
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("member \"" + member + "\" must be a URI reference (RFC 9457 §3.1), not "
          + describe(v) + ": " + e.getReason(), e);
    }
  }

  private static int status(@Nullable Object v) {
    if (v instanceof Number n) {
      BigDecimal d;
      try {
        d = n instanceof BigDecimal bd ? bd : n instanceof BigInteger bi ? new BigDecimal(bi)
            : new BigDecimal(n.toString());
      } catch (NumberFormatException e) {
        d = null; // NaN or an infinity
      }
      if (d != null && d.compareTo(BigDecimal.valueOf(100)) >= 0 && d.compareTo(BigDecimal.valueOf(599)) <= 0
          && d.stripTrailingZeros().scale() <= 0) {
        return d.intValueExact();
      }
    }
    throw new IllegalArgumentException("member \"status\" must be an integer from 100 to 599 (RFC 9457 §3.1.2), not "
        + describe(v));
  }

  private static int xmlStatus(String text) {
    if (text.length() == 3 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int s = Integer.parseInt(text);
      if (s >= 100 && s <= 599) {
        return s;
      }
    }
    throw new IllegalArgumentException("element status must be an integer from 100 to 599 (RFC 9457 §3.1.2), not "
        + describe(text));
  }

  private static void depth(String member, int depth) {
    if (depth > ExtensionValues.MAX_DEPTH) {
      throw new IllegalArgumentException("extension member \"" + member + "\" nests deeper than "
          + ExtensionValues.MAX_DEPTH + " levels");
    }
  }

  private static @Nullable Object copy(String member, @Nullable Object v, int depth) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
      return v;
    }
    if (v instanceof Map<?, ?> m) {
      depth(member, depth + 1);
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String k)) {
          throw new IllegalArgumentException("extension member \"" + member + "\" has a key that is not a string: "
              + describe(e.getKey()));
        }
        out.put(k, copy(member, e.getValue(), depth + 1));
      }
      return Collections.unmodifiableMap(out);
    }
    if (v instanceof List<?> l) {
      depth(member, depth + 1);
      List<@Nullable Object> out = new ArrayList<>(l.size());
      for (Object item : l) {
        out.add(copy(member, item, depth + 1));
      }
      return Collections.unmodifiableList(out);
    }
    throw new IllegalArgumentException("extension member \"" + member
        + "\" holds a value that is not a JSON value (null, boolean, number, string, map, list): " + describe(v));
  }

  private static Object xmlValue(String member, Element e, int depth) {
    List<Element> kids = children(e);
    if (kids.isEmpty()) {
      return e.getTextContent();
    }
    depth(member, depth);
    if (kids.stream().allMatch(k -> k.getLocalName().equals("i"))) {
      List<Object> out = new ArrayList<>(kids.size());
      for (Element k : kids) {
        out.add(xmlValue(member, k, depth + 1));
      }
      return Collections.unmodifiableList(out);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Element k : kids) {
      String key = XmlNames.decode(k.getLocalName());
      if (out.put(key, xmlValue(member, k, depth + 1)) != null) {
        throw new IllegalArgumentException("extension member \"" + member + "\" has the element "
            + k.getLocalName() + " twice in one object");
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The text of an element that must not have child elements. */
  private static String leaf(String member, Element e) {
    if (!children(e).isEmpty()) {
      throw new IllegalArgumentException("element " + member + " must hold text, not elements (RFC 9457 Appendix B)");
    }
    return e.getTextContent();
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && XmlFormat.NAMESPACE.equals(el.getNamespaceURI())) {
        out.add(el);
      }
    }
    return out;
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(THROWING);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature StatusKit needs", e);
    }
  }

  /** Reports errors as exceptions instead of printing them to standard error. */
  private static final ErrorHandler THROWING = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };
}
