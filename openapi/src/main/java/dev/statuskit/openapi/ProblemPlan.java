package dev.statuskit.openapi;

import dev.statuskit.HttpStatus;
import dev.statuskit.representation.ProblemCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What both integrations describe, without any OpenAPI model: the problem responses of one
 * operation, the component names of the types, the header fields of a status.
 */
final class ProblemPlan {

  static final String PROBLEM_SCHEMA = "Problem";

  static final List<String> MEDIA_TYPES = List.of("application/problem+json", "application/problem+xml");

  static final String REF = "#/components/schemas/";

  /** Header fields a status may carry that no RFC makes required, but StatusKit sends when known. */
  private static final Map<Integer, List<String>> OPTIONAL_FIELDS = Map.of(
      413, List.of("Retry-After"), 429, List.of("Retry-After"), 503, List.of("Retry-After"), 451, List.of("Link"));

  private static final Map<String, String> FIELD_DESCRIPTIONS = Map.of(
      "WWW-Authenticate", "The authentication challenges that apply to the resource (RFC 9110 §11.6.1).",
      "Allow", "The methods the resource supports (RFC 9110 §10.2.1).",
      "Proxy-Authenticate", "The challenges of the proxy (RFC 9110 §11.7.1).",
      "Content-Range", "The complete length of the representation: bytes */length (RFC 9110 §14.4).",
      "Upgrade", "The protocols to switch to (RFC 9110 §7.8).",
      "Connection", "Names upgrade as a connection option (RFC 9110 §7.6.1).",
      "Retry-After", "When to try again: seconds, or an HTTP date (RFC 9110 §10.2.3).",
      "Link", "The entity that blocks the resource, rel=\"blocked-by\" (RFC 7725 §4).");

  /**
   * One problem response.
   *
   * @param status the status
   * @param schemas the component names of its schemas, one or more
   * @param description the reason phrase, and the types' titles
   * @param headers the header fields, each required or not
   */
  record Response(int status, List<String> schemas, String description, Map<String, Boolean> headers) {}

  /** The source of the catalog's validation problem: a Bean Validation constraint or {@code @Valid} on a parameter. */
  static final String VALIDATION_SOURCE = "jakarta.validation.ConstraintViolationException";

  private ProblemPlan() {}

  /** The catalog with its validation problem answered with this status (400 or 422), as the JAX-RS adapter's setting does. */
  static ProblemCatalog validationStatus(ProblemCatalog catalog, int status) {
    if (status != 400 && status != 422) {
      throw new IllegalArgumentException("validation status " + status + " is neither 400 nor 422,"
          + " the two statuses statuskit.validation-status allows");
    }
    List<ProblemCatalog.ProblemType> out = new ArrayList<>();
    for (ProblemCatalog.ProblemType t : catalog.types()) {
      out.add(!t.source().equals(VALIDATION_SOURCE) || t.status() == status ? t
          : new ProblemCatalog.ProblemType(t.type(), status, t.type().equals("about:blank") ? phrase(status) : t.title(),
              t.description(), t.source(), t.members(), ProblemCatalog.requiredFields(status), t.producedBy()));
    }
    return ProblemCatalog.of(out);
  }

  /** The problem responses of one operation, by status. */
  static List<Response> responses(ProblemCatalog catalog, Map<ProblemCatalog.ProblemType, String> names,
      String path, String method, boolean hasBody) {
    String normalized = normalize(path);
    Map<Integer, List<ProblemCatalog.ProblemType>> byStatus = new TreeMap<>();
    for (ProblemCatalog.ProblemType t : catalog.types()) {
      for (ProblemCatalog.Producer p : t.producedBy()) {
        if (p.httpMethod().equalsIgnoreCase(method) && matches(normalized, normalize(p.path()))) {
          byStatus.computeIfAbsent(t.status(), s -> new ArrayList<>()).add(t);
          break;
        }
      }
    }
    Set<Integer> runtime = new LinkedHashSet<>(List.of(404, 405, 406, 500));
    if (hasBody) {
      runtime.add(400);
      runtime.add(415);
    }
    for (int s : runtime) {
      byStatus.putIfAbsent(s, List.of());
    }
    List<Response> out = new ArrayList<>();
    byStatus.forEach((status, types) -> out.add(response(status, types, names)));
    return out;
  }

  private static Response response(int status, List<ProblemCatalog.ProblemType> types,
      Map<ProblemCatalog.ProblemType, String> names) {
    List<String> schemas = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (ProblemCatalog.ProblemType t : types) {
      String name = names.getOrDefault(t, PROBLEM_SCHEMA);
      if (!schemas.contains(name)) {
        schemas.add(name);
      }
      if (t.title() != null && !titles.contains(t.title())) {
        titles.add(t.title());
      }
    }
    if (schemas.isEmpty()) {
      schemas.add(PROBLEM_SCHEMA);
    }
    String phrase = phrase(status);
    String description = titles.isEmpty() || titles.equals(List.of(phrase)) ? phrase
        : phrase + ": " + String.join("; ", titles);
    Map<String, Boolean> fields = new LinkedHashMap<>();
    ProblemCatalog.requiredFields(status).forEach(f -> fields.put(f, true));
    types.forEach(t -> t.headerFields().forEach(f -> fields.put(f, true)));
    OPTIONAL_FIELDS.getOrDefault(status, List.of()).forEach(f -> fields.putIfAbsent(f, false));
    return new Response(status, List.copyOf(schemas), description, fields);
  }

  static String phrase(int status) {
    return HttpStatus.resolve(status).map(HttpStatus::reasonPhrase).orElse("Status " + status);
  }

  static String fieldDescription(String field, int status) {
    return FIELD_DESCRIPTIONS.getOrDefault(field, "Required on a " + status + " (" + phrase(status) + ").");
  }

  /** The title of a type's schema. */
  static String title(ProblemCatalog.ProblemType t) {
    return t.title() != null ? t.title() : HttpStatus.resolve(t.status()).map(HttpStatus::reasonPhrase).orElse(t.type());
  }

  /** A component name for each type with a URI or members of its own, free in the document. */
  static Map<ProblemCatalog.ProblemType, String> names(ProblemCatalog catalog, Predicate<String> taken) {
    Map<ProblemCatalog.ProblemType, String> names = new LinkedHashMap<>();
    Map<String, String> byType = new LinkedHashMap<>();
    for (ProblemCatalog.ProblemType t : catalog.types()) {
      boolean blank = t.type().equals("about:blank");
      if (blank && t.members().isEmpty()) {
        continue;
      }
      String key = t.type() + " " + t.status() + (blank ? " " + t.source() : "");
      String known = byType.get(key);
      if (known != null) {
        names.put(t, known);
        continue;
      }
      String base = PROBLEM_SCHEMA + "." + safe(blank ? simpleName(t.source()) : lastSegment(t.type()));
      String name = base;
      for (int n = 2; taken.test(name) || names.containsValue(name); n++) {
        name = base + "-" + n;
      }
      names.put(t, name);
      byType.put(key, name);
    }
    return names;
  }

  /** The types that get a schema of their own, each once, with its name. */
  static Map<String, ProblemCatalog.ProblemType> schemas(Map<ProblemCatalog.ProblemType, String> names) {
    Map<String, ProblemCatalog.ProblemType> out = new LinkedHashMap<>();
    names.forEach((t, name) -> out.putIfAbsent(name, t));
    return out;
  }

  /** A path with its templates' regular expressions dropped, one leading and no trailing slash. */
  static String normalize(String path) {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    boolean regex = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          regex = false;
        }
      } else if (depth == 1 && c == ':') {
        regex = true;
      }
      if (regex || depth > 0 && Character.isWhitespace(c)) {
        continue;
      }
      b.append(c);
    }
    String s = ("/" + b).replaceAll("/{2,}", "/");
    return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** The same template, or the document's path under an application path the catalog leaves out. */
  private static boolean matches(String documentPath, String catalogPath) {
    return documentPath.equals(catalogPath)
        || !catalogPath.equals("/") && documentPath.endsWith(catalogPath)
        && documentPath.charAt(documentPath.length() - catalogPath.length()) == '/';
  }

  private static String lastSegment(String type) {
    String s = type.endsWith("/") ? type.substring(0, type.length() - 1) : type;
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
    return s.substring(cut + 1);
  }

  private static String simpleName(String binaryName) {
    return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
  }

  /** OpenAPI component names match ^[a-zA-Z0-9._-]+$. */
  private static String safe(String s) {
    String out = s.replaceAll("[^A-Za-z0-9._-]", "_");
    return out.isEmpty() ? "type" : out;
  }
}
