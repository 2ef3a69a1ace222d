package dev.statuskit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.internal.processor.StatusKitProcessor;
import dev.statuskit.representation.ProblemCatalog;
import dev.statuskit.testsupport.compiler.InMemoryCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The catalog the annotation processor writes, and the reflection fallback that must find the same
 * for a build without the processor.
 */
class ProblemCatalogProcessorTest {

  /** The JAX-RS adapter's annotation, as the processor reads it: by name (core does not depend on the adapter). */
  private static final String MAP_EXCEPTION = "package dev.statuskit.jaxrs;\n"
      + "import java.lang.annotation.*;\n"
      + "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType.TYPE, ElementType.METHOD})\n"
      + "public @interface MapException {\n"
      + "  Class<? extends Throwable> exception(); int status(); String type() default \"\"; String title() default \"\";\n"
      + "  String description() default \"\";\n"
      + "}\n";

  private static final Map<String, String> SOURCES = Map.of(
      "dev.statuskit.jaxrs.MapException", MAP_EXCEPTION,
      "jakarta.validation.Constraint", "package jakarta.validation;\n"
          + "import java.lang.annotation.*;\n"
          + "@Retention(RetentionPolicy.RUNTIME) @Target(ElementType.ANNOTATION_TYPE)\n"
          + "public @interface Constraint { Class<?>[] validatedBy(); }\n",
      "jakarta.validation.Valid", "package jakarta.validation;\n"
          + "import java.lang.annotation.*;\n"
          + "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType.PARAMETER, ElementType.METHOD})\n"
          + "public @interface Valid {}\n",
      "p.Isbn", "package p;\n"
          + "import java.lang.annotation.*;\n"
          + "@jakarta.validation.Constraint(validatedBy = {})\n"
          + "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType.PARAMETER, ElementType.METHOD})\n"
          + "public @interface Isbn {}\n",
      "p.OutOfStock", "package p;\n"
          + "import dev.statuskit.*;\n"
          + "/**\n * Raised when no copy of the book is left. It names the {@code sku}; see <b>stock</b>.\n *\n"
          + " * @since 1\n */\n"
          + "@HttpProblem(status = 409, type = \"https://api.example/problems/out-of-stock\", title = \"Out of stock\")\n"
          + "public class OutOfStock extends RuntimeException {\n"
          + "  private static final long serialVersionUID = 1L;\n"
          + "  @ProblemExtension final String sku = \"\";\n"
          + "  @ProblemExtension int getLeft() { return 0; }\n"
          + "  @ProblemExtension(\"stores\") final java.util.List<String> shops = java.util.List.of();\n"
          + "  @ProblemExtension final java.time.Instant restock = null;\n"
          + "  @ProblemExtension final Object anything = null;\n"
          + "}\n",
      "p.NoCredit", "package p;\n"
          + "@dev.statuskit.HttpProblem(status = 402, type = \"https://api.example/problems/no-credit\",\n"
          + "    description = \"The account has no credit left.\")\n"
          + "public class NoCredit extends RuntimeException {\n"
          + "  private static final long serialVersionUID = 1L;\n"
          + "  @dev.statuskit.ProblemExtension final java.math.BigDecimal balance = null;\n"
          + "  @dev.statuskit.ProblemExtension final boolean frozen = false;\n"
          + "  @dev.statuskit.ProblemExtension final java.util.Map<String, Integer> limits = null;\n"
          + "}\n",
      "p.Books", "package p;\n"
          + "import jakarta.ws.rs.*;\n"
          + "@Path(\"/books/\")\n"
          + "@dev.statuskit.jaxrs.MapException(exception = IllegalStateException.class, status = 503,"
          + " description = \"The store is closed.\")\n"
          + "public class Books {\n"
          + "  @POST @Path(\"{id}/buy\") public String buy() throws OutOfStock, dev.statuskit.TooManyRequestsException {"
          + " return \"\"; }\n"
          + "  @GET public String list() throws java.io.IOException { return \"\"; }\n"
          + "  @GET @Path(\"{id}\") @p.Isbn public String get(@PathParam(\"id\") String id) { return id; }\n"
          + "  @PUT @Path(\"{id}\") public void replace(@PathParam(\"id\") @p.Isbn String id, String body) {}\n"
          + "  @PATCH @Path(\"{id}\") public void edit(@jakarta.validation.Valid Object body) {}\n"
          + "  @DELETE @Path(\"/{id}\") public void remove() throws dev.statuskit.ConflictException, OutOfStock {}\n"
          + "  public String notAResource() throws NoCredit { return \"\"; }\n"
          + "}\n");

  @Test
  void theProcessorWritesEveryProblemTypeWithItsMembersHeaderFieldsAndResourceMethods() throws IOException {
    InMemoryCompiler.Result r = InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), SOURCES);

    assertThat(r.success()).isTrue();
    String json = Files.readString(r.output().resolve(ProblemCatalog.RESOURCE), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"version\":1,\"types\":[\n"
        + "{\"type\":\"about:blank\",\"status\":400,\"title\":\"Bad Request\",\"description\":\"A parameter or the"
        + " body of the request is invalid; each violation is listed in violations.\",\"source\":"
        + "\"jakarta.validation.ConstraintViolationException\",\"members\":{\"violations\":\"array\"},\"headerFields\":[],"
        + "\"producedBy\":[{\"method\":\"p.Books#edit\",\"httpMethod\":\"PATCH\",\"path\":\"/books/{id}\"},"
        + "{\"method\":\"p.Books#replace\",\"httpMethod\":\"PUT\",\"path\":\"/books/{id}\"}]},\n"
        + "{\"type\":\"about:blank\",\"status\":409,\"title\":\"Conflict\",\"source\":\"dev.statuskit.ConflictException\","
        + "\"members\":{},\"headerFields\":[],\"producedBy\":[{\"method\":\"p.Books#remove\",\"httpMethod\":\"DELETE\","
        + "\"path\":\"/books/{id}\"}]},\n"
        + "{\"type\":\"about:blank\",\"status\":429,\"title\":\"Too Many Requests\","
        + "\"source\":\"dev.statuskit.TooManyRequestsException\",\"members\":{},\"headerFields\":[],"
        + "\"producedBy\":[{\"method\":\"p.Books#buy\",\"httpMethod\":\"POST\",\"path\":\"/books/{id}/buy\"}]},\n"
        + "{\"type\":\"about:blank\",\"status\":503,\"title\":\"Service Unavailable\","
        + "\"description\":\"The store is closed.\",\"source\":\"java.lang.IllegalStateException\",\"members\":{},\"headerFields\":[],"
        + "\"producedBy\":[{\"method\":\"p.Books#list\",\"httpMethod\":\"GET\",\"path\":\"/books\"},"
        + "{\"method\":\"p.Books#remove\",\"httpMethod\":\"DELETE\",\"path\":\"/books/{id}\"},"
        + "{\"method\":\"p.Books#get\",\"httpMethod\":\"GET\",\"path\":\"/books/{id}\"},"
        + "{\"method\":\"p.Books#edit\",\"httpMethod\":\"PATCH\",\"path\":\"/books/{id}\"},"
        + "{\"method\":\"p.Books#replace\",\"httpMethod\":\"PUT\",\"path\":\"/books/{id}\"},"
        + "{\"method\":\"p.Books#buy\",\"httpMethod\":\"POST\",\"path\":\"/books/{id}/buy\"}]},\n"
        + "{\"type\":\"https://api.example/problems/no-credit\",\"status\":402,"
        + "\"description\":\"The account has no credit left.\",\"source\":\"p.NoCredit\","
        + "\"members\":{\"balance\":\"number\",\"frozen\":\"boolean\",\"limits\":\"object\"},\"headerFields\":[],"
        + "\"producedBy\":[]},\n"
        + "{\"type\":\"https://api.example/problems/out-of-stock\",\"status\":409,\"title\":\"Out of stock\","
        + "\"description\":\"Raised when no copy of the book is left.\",\"source\":\"p.OutOfStock\","
        + "\"members\":{\"sku\":\"string\",\"left\":\"integer\",\"stores\":\"array\",\"restock\":\"string\","
        + "\"anything\":\"any\"},\"headerFields\":[],"
        + "\"producedBy\":[{\"method\":\"p.Books#remove\",\"httpMethod\":\"DELETE\",\"path\":\"/books/{id}\"},"
        + "{\"method\":\"p.Books#buy\",\"httpMethod\":\"POST\",\"path\":\"/books/{id}/buy\"}]}\n"
        + "]}\n");
  }

  @Test
  void theCatalogIsReadBackFromTheClassPath() {
    InMemoryCompiler.Result r = InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), SOURCES);
    ProblemCatalog catalog = ProblemCatalog.load(r.loader());

    assertThat(catalog.types()).hasSize(6);
    ProblemCatalog.ProblemType outOfStock = catalog.find("https://api.example/problems/out-of-stock").orElseThrow();
    assertThat(outOfStock.status()).isEqualTo(409);
    assertThat(outOfStock.title()).isEqualTo("Out of stock");
    assertThat(outOfStock.members()).containsExactly(Map.entry("sku", "string"), Map.entry("left", "integer"),
        Map.entry("stores", "array"), Map.entry("restock", "string"), Map.entry("anything", "any"));
    assertThat(outOfStock.producedBy()).containsExactly(
        new ProblemCatalog.Producer("p.Books#remove", "DELETE", "/books/{id}"),
        new ProblemCatalog.Producer("p.Books#buy", "POST", "/books/{id}/buy"));
    assertThat(catalog.find("https://api.example/problems/none")).isEmpty();
    assertThat(ProblemCatalog.parse(catalog.toJson()).types()).isEqualTo(catalog.types());
  }

  @Test
  void reflectionFindsTheSameAsTheProcessorButTheJavadoc() throws Exception {
    InMemoryCompiler.Result r = InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), SOURCES);
    ClassLoader loader = r.loader();
    ProblemCatalog written = ProblemCatalog.load(loader);
    Files.delete(r.output().resolve(ProblemCatalog.RESOURCE));

    ProblemCatalog reflected = ProblemCatalog.loadOrReflect(loader, List.of(Class.forName("p.Books", false, loader)));

    assertThat(normalized(reflected)).isEqualTo(normalized(written).stream().map(t -> t.source().equals("p.OutOfStock")
        ? new ProblemCatalog.ProblemType(t.type(), t.status(), t.title(), null, t.source(), t.members(),
            t.headerFields(), t.producedBy()) : t).toList());
  }

  @Test
  void aRelativeTypeIsResolvedAgainstTheEndpointsProblemTypeBaseByTheProcessorAndByReflection() throws Exception {
    Map<String, String> sources = Map.of(
        "dev.statuskit.jaxrs.MapException", MAP_EXCEPTION,
        "dev.statuskit.jaxrs.ProblemTypeBase", "package dev.statuskit.jaxrs;\n"
            + "import java.lang.annotation.*;\n"
            + "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType.TYPE, ElementType.METHOD})\n"
            + "public @interface ProblemTypeBase { String value(); }\n",
        "p.Closed", "package p;\n"
            + "@dev.statuskit.HttpProblem(status = 409, type = \"closed\")\n"
            + "public class Closed extends RuntimeException { private static final long serialVersionUID = 1L; }\n",
        "p.Shelves", "package p;\n"
            + "import jakarta.ws.rs.*;\n"
            + "import dev.statuskit.jaxrs.*;\n"
            + "@Path(\"/shelves\") @ProblemTypeBase(\"https://api.example/problems/\")\n"
            + "public class Shelves {\n"
            + "  @GET public String list() throws Closed { return \"\"; }\n"
            + "  @DELETE @ProblemTypeBase(\"https://other.example/\")\n"
            + "  @MapException(exception = IllegalStateException.class, status = 423, type = \"locked\")\n"
            + "  public void remove() throws dev.statuskit.ConflictException {}\n"
            + "}\n");
    InMemoryCompiler.Result r = InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), sources);
    assertThat(r.success()).isTrue();
    ClassLoader loader = r.loader();
    ProblemCatalog written = ProblemCatalog.load(loader);

    assertThat(written.types()).extracting(ProblemCatalog.ProblemType::type).containsExactly(
        "about:blank", "closed", "https://api.example/problems/closed", "https://other.example/locked");
    assertThat(written.find("https://api.example/problems/closed").orElseThrow().producedBy())
        .containsExactly(new ProblemCatalog.Producer("p.Shelves#list", "GET", "/shelves"));
    assertThat(written.find("closed").orElseThrow().producedBy()).isEmpty();
    assertThat(written.find("https://other.example/locked").orElseThrow().producedBy())
        .containsExactly(new ProblemCatalog.Producer("p.Shelves#remove", "DELETE", "/shelves"));

    Files.delete(r.output().resolve(ProblemCatalog.RESOURCE));
    ProblemCatalog reflected = ProblemCatalog.loadOrReflect(loader, List.of(Class.forName("p.Shelves", false, loader)));
    assertThat(normalized(reflected)).isEqualTo(normalized(written));
  }

  @Test
  void requiredHeaderFieldsComeFromTheStatusTable() {
    assertThat(ProblemCatalog.requiredFields(405)).containsExactly("Allow");
    assertThat(ProblemCatalog.requiredFields(401)).containsExactly("WWW-Authenticate");
    assertThat(ProblemCatalog.requiredFields(404)).isEmpty();
    assertThat(ProblemCatalog.statusOfExceptionName("ContentTooLargeException")).hasValueSatisfying(
        s -> assertThat(s.code()).isEqualTo(413));
    assertThat(ProblemCatalog.statusOfExceptionName("HttpVersionNotSupportedException")).hasValueSatisfying(
        s -> assertThat(s.code()).isEqualTo(505));
    assertThat(ProblemCatalog.statusOfExceptionName("HttpException")).isEmpty();
    assertThat(ProblemCatalog.statusOfExceptionName("Conflict")).isEmpty();
  }

  private static List<ProblemCatalog.ProblemType> normalized(ProblemCatalog c) {
    List<ProblemCatalog.ProblemType> out = new ArrayList<>();
    for (ProblemCatalog.ProblemType t : c.types()) {
      List<ProblemCatalog.Producer> p = new ArrayList<>(t.producedBy());
      p.sort(Comparator.comparing(ProblemCatalog.Producer::method));
      out.add(new ProblemCatalog.ProblemType(t.type(), t.status(), t.title(), t.description(), t.source(), t.members(),
          t.headerFields(), p));
    }
    out.sort(Comparator.comparing(t -> t.type() + t.status() + t.source()));
    return out;
  }
}
