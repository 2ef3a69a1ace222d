package dev.statuskit.openapi;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes, in a swagger-core {@link OpenAPI} document, the RFC 9457 problem responses
 * ({@code application/problem+json} and {@code application/problem+xml}) each operation can
 * answer with, and the header fields each of those statuses carries.
 *
 * <p>For every operation, {@link #addTo} adds a response for
 *
 * <ul>
 *   <li>each status of the catalog's types that name the operation's resource method among their
 *       producers ({@code throws} clauses, {@code @MapException} rules, and a Bean Validation
 *       constraint or {@code @Valid} on a parameter: 400, or the status given to {@link
 *       #validationStatus}, with the {@code violations} array), with the type's own schema;
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
  public static final String PROBLEM_SCHEMA = ProblemPlan.PROBLEM_SCHEMA;

  /** The media types each problem response is described with. */
  public static final List<String> MEDIA_TYPES = ProblemPlan.MEDIA_TYPES;

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
   * The same responses with the validation problem described with this status, for an application
   * that sets {@code statuskit.validation-status=422}.
   *
   * @param status 400 (the default) or 422
   * @return a describer with that status
   * @throws IllegalArgumentException if the status is neither 400 nor 422
   * @since 0.3.0
   */
  public ProblemOpenApi validationStatus(int status) {
    return new ProblemOpenApi(ProblemPlan.validationStatus(catalog, status));
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
    Map<ProblemCatalog.ProblemType, String> names = ProblemPlan.names(catalog,
        name -> components.getSchemas() != null && components.getSchemas().containsKey(name));
    ProblemPlan.schemas(names).forEach((name, t) -> components.addSchemas(name, typeSchema(t)));
    if (openApi.getPaths() == null) {
      return openApi;
    }
    openApi.getPaths().forEach((path, item) -> {
      for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
        Operation op = e.getValue();
        if (op.getResponses() == null) {
          op.setResponses(new ApiResponses());
        }
        for (ProblemPlan.Response r : ProblemPlan.responses(catalog, names, path, e.getKey().name(),
            op.getRequestBody() != null)) {
          String code = Integer.toString(r.status());
          if (!op.getResponses().containsKey(code)) {
            op.getResponses().addApiResponse(code, response(r));
          }
        }
      }
    });
    return openApi;
  }

  private static ApiResponse response(ProblemPlan.Response r) {
    Content content = new Content();
    for (String mediaType : MEDIA_TYPES) {
      Schema<?> schema;
      if (r.schemas().size() == 1) {
        schema = new Schema<>().$ref(ProblemPlan.REF + r.schemas().get(0));
      } else {
        ComposedSchema any = new ComposedSchema();
        r.schemas().forEach(n -> any.addAnyOfItem(new Schema<>().$ref(ProblemPlan.REF + n)));
        schema = any;
      }
      content.addMediaType(mediaType, new MediaType().schema(schema));
    }
    ApiResponse response = new ApiResponse().description(r.description()).content(content);
    r.headers().forEach((name, required) -> response.addHeaderObject(name, new Header().required(required)
        .description(ProblemPlan.fieldDescription(name, r.status())).schema(new StringSchema())));
    return response;
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
    t.members().forEach((name, json) -> own.addProperty(name,
        t.source().equals(ProblemPlan.VALIDATION_SOURCE) && name.equals("violations") ? violations() : memberSchema(json)));
    ComposedSchema schema = new ComposedSchema();
    schema.addAllOfItem(new Schema<>().$ref(ProblemPlan.REF + PROBLEM_SCHEMA));
    schema.addAllOfItem(own);
    schema.title(ProblemPlan.title(t));
    if (t.description() != null) {
      schema.description(t.description());
    }
    return schema;
  }

  /** The JAX-RS adapter's {@code violations}: one object per violation, {@code pointer} for the body only. */
  private static Schema<?> violations() {
    ObjectSchema one = new ObjectSchema();
    one.addProperty("field", new StringSchema().description("The parameter's name, or the property path in the body."));
    one.addProperty("location", new StringSchema().description("path, query, header, form, cookie, matrix or body."));
    one.addProperty("pointer", new StringSchema().description("The JSON Pointer (RFC 6901) to the value in the body."));
    one.addProperty("message", new StringSchema().description("What is wrong with the value."));
    one.setRequired(List.of("location", "message"));
    return new ArraySchema().items(one);
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
}
