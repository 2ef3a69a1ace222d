package dev.statuskit.openapi;

import dev.statuskit.HttpStatus;
import dev.statuskit.representation.ProblemCatalog;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Describes, in a swagger-core {@link OpenAPI} document, the RFC 9457 problem responses
 * ({@code application/problem+json} and {@code application/problem+xml}) each operation can
 * answer with, and the header fields each of those statuses carries.
 *
 * <p>For every operation, {@link #addTo} adds a response for
 *
 * <ul>
 *   <li>each status of the catalog's types that name the operation's resource method among their
 *       producers ({@code throws} clauses, {@code @MapException} rules), with the type's own schema;
 *   <li>the statuses the runtime answers with for any request: 404 (no resource), 405 (another
 *       method), 406 (an {@code Accept} the operation cannot satisfy) and 500 (an unexpected
 *       failure); and where the operation has a request body, 400 (a malformed or invalid body) and
 *       415 (a media type it does not consume).
 * </ul>
 *
 * <p>A status the document already describes for the operation is left as it is. The components
 * get a {@code Problem} schema (RFC 9457 Appendix A) and one schema per problem type with a type
 * URI or extension members of its own, {@code allOf} {@code Problem} with the type's {@code type}
 * and {@code status} as single-value enums and its members. The header fields are those the RFCs
 * make required for the status ({@code WWW-Authenticate} on 401, {@code Allow} on 405, {@code
 * Proxy-Authenticate} on 407, {@code Content-Range} on 416, {@code Upgrade} on 426), marked
 * required, and {@code Retry-After} on 413, 429 and 503 and {@code Link} on 451, not required.
 *
 * <p>Immutable and thread-safe; the document it is given is changed in place, so give it one
 * document at a time.
 *
 * @since 0.3.0
 */
public final class ProblemOpenApi {

  /** The name of the RFC 9457 Appendix A schema in the components. */
  public static final String PROBLEM_SCHEMA = "Problem";

  /** The media types each problem response is described with. */
  public static final List<String> MEDIA_TYPES = List.of("application/problem+json", "application/problem+xml");

  private static final String REF = "#/components/schemas/";

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

  private final ProblemCatalog catalog;

  private ProblemOpenApi(ProblemCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Responses from this catalog.
   *
   * @param catalog the application's problem catalog, usually {@link ProblemCatalog#load} or
   *     {@link ProblemCatalog#loadOrReflect}
   * @return the describer
   */
  public static ProblemOpenApi of(ProblemCatalog catalog) {
    return new ProblemOpenApi(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Adds the problem responses to every operation of the document, and the schemas they refer to
   * to its components; responses and schemas it already has are kept.
   *
   * @param openApi the document, changed in place
   * @return the same document
   */
  public OpenAPI addTo(OpenAPI openApi) {
    Objects.requireNonNull(openApi, "openApi");
    if (openApi.getComponents() == null) {
      openApi.setComponents(new Components());
    }
    Components components = openApi.getComponents();
    if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
      components.addSchemas(PROBLEM_SCHEMA, problemSchema());
    }
    Map<ProblemCatalog.ProblemType, String> names = typeSchemas(components);
    if (openApi.getPaths() == null) {
      return openApi;
    }
    openApi.getPaths().forEach((path, item) -> {
      for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
        describe(normalize(path), e.getKey().name(), e.getValue(), names);
      }
    });
    return openApi;
  }

  private void describe(String path, String method, Operation op, Map<ProblemCatalog.ProblemType, String> names) {
    Map<Integer, List<ProblemCatalog.ProblemType>> byStatus = new TreeMap<>();
    for (ProblemCatalog.ProblemType t : catalog.types()) {
      for (ProblemCatalog.Producer p : t.producedBy()) {
        if (p.httpMethod().equalsIgnoreCase(method) && matches(path, normalize(p.path()))) {
          byStatus.computeIfAbsent(t.status(), s -> new ArrayList<>()).add(t);
          break;
        }
      }
    }
    Set<Integer> runtime = new LinkedHashSet<>(List.of(404, 405, 406, 500));
    if (op.getRequestBody() != null) {
      runtime.add(400);
      runtime.add(415);
    }
    for (int s : runtime) {
      byStatus.putIfAbsent(s, List.of());
    }
    if (op.getResponses() == null) {
      op.setResponses(new ApiResponses());
    }
    for (Map.Entry<Integer, List<ProblemCatalog.ProblemType>> e : byStatus.entrySet()) {
      String code = Integer.toString(e.getKey());
      if (!op.getResponses().containsKey(code)) {
        op.getResponses().addApiResponse(code, response(e.getKey(), e.getValue(), names));
      }
    }
  }

  private static ApiResponse response(int status, List<ProblemCatalog.ProblemType> types,
      Map<ProblemCatalog.ProblemType, String> names) {
    List<String> refs = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (ProblemCatalog.ProblemType t : types) {
      String ref = REF + names.getOrDefault(t, PROBLEM_SCHEMA);
      if (!refs.contains(ref)) {
        refs.add(ref);
      }
      if (t.title() != null && !titles.contains(t.title())) {
        titles.add(t.title());
      }
    }
    if (refs.isEmpty()) {
      refs.add(REF + PROBLEM_SCHEMA);
    }
    String phrase = HttpStatus.resolve(status).map(HttpStatus::reasonPhrase).orElse("Status " + status);
    String description = titles.isEmpty() || titles.equals(List.of(phrase)) ? phrase
        : phrase + ": " + String.join("; ", titles);
    Content content = new Content();
    for (String mediaType : MEDIA_TYPES) {
      Schema<?> schema;
      if (refs.size() == 1) {
        schema = new Schema<>().$ref(refs.get(0));
      } else {
        ComposedSchema any = new ComposedSchema();
        refs.forEach(r -> any.addAnyOfItem(new Schema<>().$ref(r)));
        schema = any;
      }
      content.addMediaType(mediaType, new MediaType().schema(schema));
    }
    ApiResponse response = new ApiResponse().description(description).content(content);
    Map<String, Boolean> fields = new LinkedHashMap<>();
    ProblemCatalog.requiredFields(status).forEach(f -> fields.put(f, true));
    types.forEach(t -> t.headerFields().forEach(f -> fields.put(f, true)));
    OPTIONAL_FIELDS.getOrDefault(status, List.of()).forEach(f -> fields.putIfAbsent(f, false));
    fields.forEach((name, required) -> response.addHeaderObject(name, new Header().required(required)
        .description(FIELD_DESCRIPTIONS.getOrDefault(name, "Required on a " + status + " (" + phrase + ")."))
        .schema(new StringSchema())));
    return response;
  }

  /** Gives each type with a URI or members of its own a component schema, under a free name. */
  private Map<ProblemCatalog.ProblemType, String> typeSchemas(Components components) {
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
      for (int n = 2; components.getSchemas() != null && components.getSchemas().containsKey(name)
          || names.containsValue(name); n++) {
        name = base + "-" + n;
      }
      components.addSchemas(name, typeSchema(t));
      names.put(t, name);
      byType.put(key, name);
    }
    return names;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> typeSchema(ProblemCatalog.ProblemType t) {
    ObjectSchema own = new ObjectSchema();
    StringSchema type = new StringSchema();
    type.format("uri-reference").setEnum(List.of(t.type()));
    own.addProperty("type", type);
    IntegerSchema status = new IntegerSchema();
    ((Schema) status).setEnum(List.of(t.status()));
    own.addProperty("status", status);
    t.members().forEach((name, json) -> own.addProperty(name, memberSchema(json)));
    ComposedSchema schema = new ComposedSchema();
    schema.addAllOfItem(new Schema<>().$ref(REF + PROBLEM_SCHEMA));
    schema.addAllOfItem(own);
    schema.title(t.title() != null ? t.title()
        : HttpStatus.resolve(t.status()).map(HttpStatus::reasonPhrase).orElse(t.type()));
    if (t.description() != null) {
      schema.description(t.description());
    }
    return schema;
  }

  private static Schema<?> memberSchema(String json) {
    return switch (json) {
      case "string" -> new StringSchema();
      case "integer" -> new IntegerSchema().format(null);
      case "number" -> new NumberSchema();
      case "boolean" -> new BooleanSchema();
      case "array" -> new ArraySchema().items(new Schema<>());
      case "object" -> new ObjectSchema();
      default -> new Schema<>();
    };
  }

  /** RFC 9457 Appendix A. */
  static Schema<?> problemSchema() {
    ObjectSchema p = new ObjectSchema();
    p.title("An RFC 9457 problem detail");
    StringSchema type = new StringSchema();
    type.setDefault("about:blank");
    p.addProperty("type", type.format("uri-reference")
        .description("A URI reference that identifies the problem type."));
    p.addProperty("title", new StringSchema()
        .description("A short, human-readable summary of the problem type."));
    p.addProperty("status", new IntegerSchema().format(null).minimum(java.math.BigDecimal.valueOf(100))
        .maximum(java.math.BigDecimal.valueOf(599))
        .description("The HTTP status code generated by the origin server for this occurrence of the problem."));
    p.addProperty("detail", new StringSchema()
        .description("A human-readable explanation specific to this occurrence of the problem."));
    p.addProperty("instance", new StringSchema().format("uri-reference")
        .description("A URI reference that identifies the specific occurrence of the problem."));
    return p;
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
