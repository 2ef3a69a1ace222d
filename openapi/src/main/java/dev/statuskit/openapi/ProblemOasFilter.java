package dev.statuskit.openapi;

import dev.statuskit.representation.ProblemCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jspecify.annotations.Nullable;

/**
 * A MicroProfile OpenAPI filter that describes, for every operation, the RFC 9457 problem
 * responses it can produce: the same responses, schemas and header fields as {@link
 * ProblemOpenApi}, through the MicroProfile model (SmallRye OpenAPI on WildFly, Open Liberty,
 * Payara, Quarkus).
 *
 * <p>Register it with {@code mp.openapi.filter=dev.statuskit.openapi.ProblemOasFilter}; it then reads
 * the catalog from the thread's context class loader, or from its own class loader when that one has
 * none (WildFly builds the document on a thread whose context loader does not see the application).
 * Responses and schemas the document already has are kept. It needs the MicroProfile OpenAPI 4 model
 * (list-valued schema types); on an older one (Payara 6 has 3.1) it leaves the document as it is.
 *
 * @since 0.3.0
 */
public final class ProblemOasFilter implements OASFilter {

  /** Whether the runtime's model is MicroProfile OpenAPI 4's, whose schema types are lists. */
  static final boolean LIST_TYPES = hasMethod(Schema.class, "type", List.class);

  private final ProblemCatalog catalog;

  /**
   * A filter on the catalog of the thread's context class loader, else of its own class loader, as
   * {@code mp.openapi.filter} makes it. The validation problem is described with the status that
   * {@code statuskit.validation-status} sets in MicroProfile Config (which also reads system
   * properties and the environment), else in a system property; 400 when it is not set.
   *
   * @throws IllegalArgumentException if {@code statuskit.validation-status} is neither 400 nor 422
   */
  public ProblemOasFilter() {
    this(withValidationStatus(catalog(contextLoader(), ProblemOasFilter.class.getClassLoader()),
        configured(VALIDATION_STATUS)));
  }

  /** The setting the JAX-RS adapter answers Bean Validation failures by. */
  static final String VALIDATION_STATUS = "statuskit.validation-status";

  static ProblemCatalog withValidationStatus(ProblemCatalog catalog, @Nullable String status) {
    if (status == null || status.strip().equals("400")) {
      return catalog;
    }
    if (!status.strip().equals("422")) {
      throw new IllegalArgumentException(VALIDATION_STATUS + "=\"" + status.replaceAll("\\p{Cntrl}", "?")
          + "\" is invalid: expected 400 or 422");
    }
    return ProblemPlan.validationStatus(catalog, 422);
  }

  /** A value from MicroProfile Config when the runtime has it (looked up by name: no dependency), else a system property. */
  static @Nullable String configured(String name) {
    try {
      Class<?> provider = Class.forName("org.eclipse.microprofile.config.ConfigProvider", true, contextLoader());
      Object config = provider.getMethod("getConfig").invoke(null);
      Object value = config.getClass().getMethod("getOptionalValue", String.class, Class.class)
          .invoke(config, name, String.class);
      if (value instanceof java.util.Optional<?> o && o.isPresent()) {
        return (String) o.get();
      }
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      // no MicroProfile Config here, or none for this application: the system property decides
    }
    return System.getProperty(name);
  }

  /**
   * A filter on this catalog.
   *
   * @param catalog the application's problem catalog
   */
  public ProblemOasFilter(ProblemCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** The context loader's catalog; the own loader's when the context loader's has no problem type. */
  static ProblemCatalog catalog(ClassLoader context, ClassLoader own) {
    ProblemCatalog catalog = ProblemCatalog.load(context);
    return catalog.types().isEmpty() && context != own ? ProblemCatalog.load(own) : catalog;
  }

  static boolean hasMethod(Class<?> type, String name, Class<?>... parameters) {
    try {
      type.getMethod(name, parameters);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static ClassLoader contextLoader() {
    ClassLoader l = Thread.currentThread().getContextClassLoader();
    return l != null ? l : ProblemOasFilter.class.getClassLoader();
  }

  /**
   * Adds the problem responses to every operation and the schemas they refer to (nothing on a
   * MicroProfile OpenAPI model older than 4).
   *
   * @param openApi the document, changed in place
   */
  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (!LIST_TYPES) {
      return;
    }
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    Components components = openApi.getComponents();
    if (components.getSchemas() == null || !components.getSchemas().containsKey(ProblemPlan.PROBLEM_SCHEMA)) {
      components.addSchema(ProblemPlan.PROBLEM_SCHEMA, problemSchema());
    }
    Map<ProblemCatalog.ProblemType, String> names = ProblemPlan.names(catalog,
        name -> components.getSchemas() != null && components.getSchemas().containsKey(name));
    ProblemPlan.schemas(names).forEach((name, t) -> components.addSchema(name, typeSchema(t)));
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi.getPaths().getPathItems().forEach((path, item) -> {
      for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
        Operation op = e.getValue();
        if (op.getResponses() == null) {
          op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        for (ProblemPlan.Response r : ProblemPlan.responses(catalog, names, path, e.getKey().name(),
            op.getRequestBody() != null)) {
          String code = Integer.toString(r.status());
          if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, response(r));
          }
        }
      }
    });
  }

  private static APIResponse response(ProblemPlan.Response r) {
    Content content = OASFactory.createContent();
    for (String mediaType : ProblemPlan.MEDIA_TYPES) {
      Schema schema;
      if (r.schemas().size() == 1) {
        schema = OASFactory.createSchema().ref(ProblemPlan.REF + r.schemas().get(0));
      } else {
        schema = OASFactory.createSchema();
        for (String n : r.schemas()) {
          schema.addAnyOf(OASFactory.createSchema().ref(ProblemPlan.REF + n));
        }
      }
      content.addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
    }
    APIResponse response = OASFactory.createAPIResponse().description(r.description()).content(content);
    r.headers().forEach((name, required) -> response.addHeader(name, OASFactory.createHeader().required(required)
        .description(ProblemPlan.fieldDescription(name, r.status())).schema(string())));
    return response;
  }

  private static Schema string() {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
  }

  private static Schema typeSchema(ProblemCatalog.ProblemType t) {
    Schema own = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
    own.addProperty("type", string().format("uri-reference").enumeration(List.of(t.type())));
    own.addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
        .enumeration(List.of(t.status())));
    t.members().forEach((name, json) -> own.addProperty(name,
        t.source().equals(ProblemPlan.VALIDATION_SOURCE) && name.equals("violations") ? violations() : memberSchema(json)));
    Schema schema = OASFactory.createSchema().title(ProblemPlan.title(t))
        .addAllOf(OASFactory.createSchema().ref(ProblemPlan.REF + ProblemPlan.PROBLEM_SCHEMA)).addAllOf(own);
    if (t.description() != null) {
      schema.description(t.description());
    }
    return schema;
  }

  /** The JAX-RS adapter's {@code violations}: one object per violation, {@code pointer} for the body only. */
  private static Schema violations() {
    Schema one = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
        .addProperty("field", string().description("The parameter's name, or the property path in the body."))
        .addProperty("location", string().description("path, query, header, form, cookie, matrix or body."))
        .addProperty("pointer", string().description("The JSON Pointer (RFC 6901) to the value in the body."))
        .addProperty("message", string().description("What is wrong with the value."))
        .required(List.of("location", "message"));
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(one);
  }

  private static Schema memberSchema(String json) {
    Schema s = OASFactory.createSchema();
    return switch (json) {
      case "string" -> s.type(List.of(Schema.SchemaType.STRING));
      case "integer" -> s.type(List.of(Schema.SchemaType.INTEGER));
      case "number" -> s.type(List.of(Schema.SchemaType.NUMBER));
      case "boolean" -> s.type(List.of(Schema.SchemaType.BOOLEAN));
      case "array" -> s.type(List.of(Schema.SchemaType.ARRAY)).items(OASFactory.createSchema());
      case "object" -> s.type(List.of(Schema.SchemaType.OBJECT));
      default -> s;
    };
  }

  /** RFC 9457 Appendix A. */
  private static Schema problemSchema() {
    return OASFactory.createSchema().title("An RFC 9457 problem detail").type(List.of(Schema.SchemaType.OBJECT))
        .addProperty("type", string().format("uri-reference").defaultValue("about:blank")
            .description("A URI reference that identifies the problem type."))
        .addProperty("title", string().description("A short, human-readable summary of the problem type."))
        .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
            .minimum(BigDecimal.valueOf(100)).maximum(BigDecimal.valueOf(599))
            .description("The HTTP status code generated by the origin server for this occurrence of the problem."))
        .addProperty("detail", string()
            .description("A human-readable explanation specific to this occurrence of the problem."))
        .addProperty("instance", string().format("uri-reference")
            .description("A URI reference that identifies the specific occurrence of the problem."));
  }
}
