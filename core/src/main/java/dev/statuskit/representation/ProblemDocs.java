package dev.statuskit.representation;

import dev.statuskit.HttpStatus;
import dev.statuskit.header.HeaderFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code GET} and {@code HEAD} on the problem type URIs under a base the application serves
 * (RFC 9457 §3.1.1: a type URI should lead to human-readable documentation): an HTML page for
 * browsers, or the type's JSON Schema (RFC 9457 Appendix A plus the type's extension members) for
 * {@code Accept: application/schema+json} or {@code application/json}; the base itself answers an
 * index of every type under it. Responses carry {@code Vary: Accept}, a strong {@code ETag} and
 * {@code Cache-Control: max-age=3600}; a matching {@code If-None-Match} gets 304. A path under the
 * base that names no type is {@link Page#isNotFound() not found}: the adapter answers it with its
 * 404 problem. A relative type ({@code edit-conflict}) lives under the base, where the engine
 * resolves it.
 *
 * <p>The adapters run it: the JAX-RS adapter and the servlet filter, when the setting
 * {@code statuskit.problem-docs} names the base. Immutable and thread-safe; every page is rendered
 * when it is built.
 *
 * <pre>{@code
 * ProblemDocs docs = ProblemDocs.of(ProblemCatalog.load(loader), "https://api.example/problems/");
 * docs.answer("GET", "/problems/out-of-stock", "text/html", null); // Optional[Page 200 text/html]
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1.1">RFC 9457 §3.1.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#appendix-A">RFC 9457 Appendix A</a>
 * @since 0.3.0
 */
public final class ProblemDocs {

  /** The JSON Schema dialect of the schemas. */
  public static final String SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final String HTML = "text/html;charset=UTF-8";
  private static final String SCHEMA = "application/schema+json";
  private static final String JSON = "application/json";

  /**
   * One answer: its status (200, 304, or 404 for a path under the base that names no type), its
   * header fields ({@code Content-Type}, {@code ETag}, {@code Vary}, {@code Cache-Control}) and its
   * body, the whole representation (an adapter sends none for {@code HEAD} or 304, but gives its
   * length for {@code HEAD}).
   *
   * @param status the status
   * @param headers the header fields
   * @param body the representation; empty for 304 and 404
   * @since 0.3.0
   */
  public record Page(int status, HeaderFields headers, byte[] body) {
    /**
     * Checks the components.
     *
     * @param status see the record description
     * @param headers see the record description
     * @param body see the record description
     */
    public Page {
      Objects.requireNonNull(headers, "headers");
      Objects.requireNonNull(body, "body");
    }

    /**
     * Whether the path is under the base but names no documented type.
     *
     * @return {@code true} for 404
     */
    public boolean isNotFound() {
      return status == 404;
    }
  }

  /** The three representations of one resource. */
  private record Variants(byte[] html, byte[] schema, String htmlTag, String schemaTag) {}

  private final String base;
  private final String basePath;
  private final Map<String, Variants> pages; // by raw path
  private final Map<String, ProblemCatalog.ProblemType> types; // by raw path

  private ProblemDocs(String base, String basePath, Map<String, ProblemCatalog.ProblemType> types,
      Map<String, Variants> pages) {
    this.base = base;
    this.basePath = basePath;
    this.types = types;
    this.pages = pages;
  }

  /**
   * The documentation of the types of {@code catalog} under {@code base}.
   *
   * @param catalog the application's problem types
   * @param base an absolute {@code http} or {@code https} URI or an absolute path; a missing final
   *     {@code /} is added
   * @return the pages, rendered
   * @throws IllegalArgumentException if the base is neither
   */
  public static ProblemDocs of(ProblemCatalog catalog, String base) {
    Objects.requireNonNull(catalog, "catalog");
    String b = normalizeBase(base);
    String basePath = b.startsWith("/") ? b : URI.create(b).getRawPath();
    Map<String, ProblemCatalog.ProblemType> types = new LinkedHashMap<>();
    for (ProblemCatalog.ProblemType t : catalog.types()) {
      ProblemCatalog.ProblemType r = resolved(t, b);
      String path = pathOf(r.type(), b, basePath);
      if (path != null && !types.containsKey(path)) {
        types.put(path, r);
      }
    }
    Map<String, Variants> pages = new LinkedHashMap<>();
    for (Map.Entry<String, ProblemCatalog.ProblemType> e : types.entrySet()) {
      pages.put(e.getKey(), variants(render(s -> HtmlFormat.writeTypePage(e.getValue(), basePath, s)),
          schema(e.getValue()).getBytes(StandardCharsets.UTF_8)));
    }
    List<Map.Entry<String, ProblemCatalog.ProblemType>> listed = new ArrayList<>(types.entrySet());
    pages.put(basePath, variants(render(s -> HtmlFormat.writeIndexPage(listed, s)),
        ProblemCatalog.of(types.values()).toJson().getBytes(StandardCharsets.UTF_8)));
    return new ProblemDocs(b, basePath, Map.copyOf(types), Map.copyOf(pages));
  }

  /**
   * Checks and normalizes a base: an absolute {@code http(s)} URI or an absolute path, ending in
   * {@code /}; the empty string stays empty (no documentation served).
   *
   * @param base the value of the setting
   * @return the base, ending in {@code /}, or empty
   * @throws IllegalArgumentException naming the value and the rule
   */
  public static String normalizeBase(String base) {
    Objects.requireNonNull(base, "base");
    if (base.isEmpty()) {
      return base;
    }
    try {
      URI u = new URI(base);
      boolean http = u.isAbsolute() && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
          && u.getRawAuthority() != null;
      boolean path = !u.isAbsolute() && u.getRawAuthority() == null && base.startsWith("/");
      if ((!http && !path) || u.getRawQuery() != null || u.getRawFragment() != null) {
        throw new IllegalArgumentException();
      }
      if (http && (u.getRawPath() == null || u.getRawPath().isEmpty())) {
        return base + "/";
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalArgumentException("problem documentation base \"" + base + "\" is neither an absolute http(s)"
          + " URI nor an absolute path (RFC 3986 §4.2), without query or fragment");
    }
    return base.endsWith("/") ? base : base + "/";
  }

  /**
   * A relative type ({@code edit-conflict}) as the engine sends it: resolved against the base
   * (RFC 3986 §5.2); a path or an absolute URI stays as it is.
   */
  private static ProblemCatalog.ProblemType resolved(ProblemCatalog.ProblemType t, String base) {
    String type = t.type();
    if (type.isEmpty() || type.startsWith("/")) {
      return t;
    }
    try {
      URI u = new URI(type);
      if (u.isAbsolute()) {
        return t;
      }
      return new ProblemCatalog.ProblemType(URI.create(base).resolve(u).toString(), t.status(), t.title(),
          t.description(), t.source(), t.members(), t.headerFields(), t.producedBy());
    } catch (URISyntaxException e) {
      return t;
    }
  }

  /** The raw path at which a type's page is served, or null when the type is not under the base. */
  private static @Nullable String pathOf(String type, String base, String basePath) {
    String path;
    if (type.startsWith("/")) {
      path = type;
    } else if (!base.startsWith("/") && type.startsWith(base)) {
      path = basePath + type.substring(base.length());
    } else if (base.startsWith("/") && (type.startsWith("http://") || type.startsWith("https://"))) {
      try {
        path = new URI(type).getRawPath();
      } catch (URISyntaxException e) {
        return null;
      }
    } else {
      return null;
    }
    return path != null && path.startsWith(basePath) && path.length() > basePath.length() && !path.contains("?")
        && !path.contains("#") ? path : null;
  }

  private interface Body {
    void write(Utf8Sink s) throws IOException;
  }

  private static byte[] render(Body body) {
    Utf8Sink sink = Utf8Sink.borrow(null, 2048);
    try {
      body.write(sink);
      sink.drain();
      return sink.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a growing sink has no stream to fail
    } finally {
      sink.release();
    }
  }

  private static Variants variants(byte[] html, byte[] schema) {
    return new Variants(html, schema, tag(html), tag(schema));
  }

  private static String tag(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The base, ending in {@code /}.
   *
   * @return as configured
   */
  public String base() {
    return base;
  }

  /**
   * The documented types by the raw path of their page.
   *
   * @return an unmodifiable map
   */
  public Map<String, ProblemCatalog.ProblemType> types() {
    return types;
  }

  /**
   * Whether a path is the base, where the index is served.
   *
   * @param rawPath the request's raw path
   * @return {@code true} for the base, with or without its final {@code /}
   */
  public boolean isIndex(String rawPath) {
    return rawPath.equals(basePath) || rawPath.equals(basePath.substring(0, basePath.length() - 1));
  }

  /**
   * The answer to a request, when it is one for the documentation.
   *
   * @param method the request method; only {@code GET} and {@code HEAD} are answered
   * @param rawPath the request's raw path from the server root (context path included), no query
   * @param accept the {@code Accept} field, or {@code null}
   * @param ifNoneMatch the {@code If-None-Match} field, or {@code null}
   * @return the page, or empty when the request is not for the documentation
   */
  public Optional<Page> answer(String method, String rawPath, @Nullable String accept, @Nullable String ifNoneMatch) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return Optional.empty();
    }
    String path = rawPath.equals(basePath.substring(0, basePath.length() - 1)) ? basePath : rawPath;
    if (!path.startsWith(basePath)) {
      return Optional.empty();
    }
    Variants v = pages.get(path);
    if (v == null) {
      return Optional.of(new Page(404, HeaderFields.empty(), new byte[0]));
    }
    String chosen = negotiate(accept);
    byte[] body = chosen.equals(HTML) ? v.html() : v.schema();
    String etag = chosen.equals(HTML) ? v.htmlTag() : v.schemaTag();
    HeaderFields.Builder h = HeaderFields.builder().add("Vary", "Accept").add("ETag", etag)
        .add("Cache-Control", "max-age=3600");
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      return Optional.of(new Page(304, h.build(), new byte[0]));
    }
    h.add("Content-Type", chosen);
    return Optional.of(new Page(200, h.build(), body));
  }

  /** RFC 9110 §13.1.2: weak comparison, a list of tags or {@code *}. */
  static boolean matches(String ifNoneMatch, String etag) {
    for (String t : ifNoneMatch.split(",")) {
      String tag = t.strip();
      if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * HTML, the schema as {@code application/schema+json}, or as {@code application/json}: the highest
   * q-value wins, a more specific range deciding for a type; ties, no {@code Accept} and nothing
   * acceptable give HTML, as the page is for people first.
   */
  static String negotiate(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return HTML;
    }
    String[] offers = {"text/html", SCHEMA, JSON};
    double[] q = new double[offers.length];
    int[] specificity = new int[offers.length];
    java.util.Arrays.fill(specificity, -1);
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String media = parts[0].strip().toLowerCase(Locale.ROOT);
      double quality = 1;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        if (p.regionMatches(true, 0, "q=", 0, 2)) {
          try {
            quality = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            quality = 0;
          }
        }
      }
      for (int o = 0; o < offers.length; o++) {
        String offer = offers[o];
        int spec = media.equals(offer) || (o == 0 && media.equals("application/xhtml+xml")) ? 2
            : media.equals(offer.substring(0, offer.indexOf('/')) + "/*") ? 1 : media.equals("*/*") ? 0 : -1;
        if (spec > specificity[o]) {
          specificity[o] = spec;
          q[o] = quality;
        }
      }
    }
    int best = 0;
    for (int o = 1; o < offers.length; o++) {
      if (q[o] > q[best]) {
        best = o;
      }
    }
    return q[best] <= 0 || best == 0 ? HTML : offers[best];
  }

  /** RFC 9457 Appendix A, with the type's status and type as constants and its members. */
  static String schema(ProblemCatalog.ProblemType t) {
    StringBuilder b = new StringBuilder("{\"$schema\":\"" + SCHEMA_DIALECT + "\"");
    if (t.type().startsWith("http://") || t.type().startsWith("https://")) {
      b.append(",\"$id\":");
      ProblemCatalog.string(t.type(), b);
    }
    b.append(",\"title\":");
    ProblemCatalog.string(t.title() != null ? t.title()
        : HttpStatus.resolve(t.status()).map(HttpStatus::reasonPhrase).orElse(t.type()), b);
    if (t.description() != null) {
      b.append(",\"description\":");
      ProblemCatalog.string(t.description(), b);
    }
    b.append(",\"type\":\"object\",\"properties\":{")
        .append("\"type\":{\"description\":\"A URI reference that identifies the problem type.\",")
        .append("\"type\":\"string\",\"format\":\"uri-reference\",\"const\":");
    ProblemCatalog.string(t.type(), b);
    b.append("},\"title\":{\"description\":\"A short, human-readable summary of the problem type.\",")
        .append("\"type\":\"string\"},")
        .append("\"status\":{\"description\":\"The HTTP status code generated by the origin server for this")
        .append(" occurrence of the problem.\",\"type\":\"integer\",\"const\":").append(t.status()).append("},")
        .append("\"detail\":{\"description\":\"A human-readable explanation specific to this occurrence of the")
        .append(" problem.\",\"type\":\"string\"},")
        .append("\"instance\":{\"description\":\"A URI reference that identifies the specific occurrence of the")
        .append(" problem.\",\"type\":\"string\",\"format\":\"uri-reference\"}");
    for (Map.Entry<String, String> m : t.members().entrySet()) {
      b.append(',');
      ProblemCatalog.string(m.getKey(), b);
      b.append(m.getValue().equals("any") ? ":{}" : ":{\"type\":\"" + m.getValue() + "\"}");
    }
    return b.append("},\"required\":[\"type\",\"status\"]}\n").toString();
  }
}
