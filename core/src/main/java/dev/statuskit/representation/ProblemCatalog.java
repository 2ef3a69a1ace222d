package dev.statuskit.representation;

import dev.statuskit.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The problem types an application can answer with, and which resource methods produce each: what
 * StatusKit's annotation processor writes to {@value #RESOURCE} at compile time, read back at run
 * time from every such file on the class path (no class-path scanning), or, for an application
 * built without the processor, found by reflection on its resource classes ({@link #reflect}).
 *
 * <p>An entry comes from an {@code @HttpProblem} class, a StatusKit exception named in the
 * {@code throws} clause of a resource method (type {@code about:blank}, the status of the class),
 * a JAX-RS {@code @MapException} rule, or a Bean Validation constraint or {@code @Valid} on a
 * parameter of a resource method (type {@code about:blank}, 400, the {@code violations} member, as
 * the JAX-RS adapter answers by default). A relative type produced by a resource method is resolved
 * against the method's, else its class's {@code @ProblemTypeBase}, as the endpoint defaults send
 * it; the {@code @HttpProblem} class's own entry keeps the type as declared. It holds the type URI, status, title, a description (the
 * annotation's {@code description}, else the first sentence of the class's javadoc, which only the
 * processor sees), the extension members with their JSON types ({@code string}, {@code integer},
 * {@code number}, {@code boolean}, {@code array}, {@code object}, or {@code any}), the header fields
 * the status requires (RFC 9110 and the RFCs of each status: {@code Allow} for 405, ...), and the
 * resource methods that can produce it.
 *
 * <pre>{@code
 * ProblemCatalog catalog = ProblemCatalog.load(getClass().getClassLoader());
 * catalog.find("https://api.example/problems/out-of-stock").map(ProblemCatalog.ProblemType::status); // 409
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class ProblemCatalog {

  /** The class-path resource the annotation processor writes, one per compilation. */
  public static final String RESOURCE = "META-INF/statuskit/problems.json";

  /** The version of the file's format, its member {@code "version"}. */
  public static final int VERSION = 1;

  /**
   * A resource method that can answer with a problem type.
   *
   * @param method the Java method, {@code com.example.Books#buy}
   * @param httpMethod the request method it answers, {@code POST}
   * @param path its URI template, {@code /books/{id}/buy}
   * @since 0.3.0
   */
  public record Producer(String method, String httpMethod, String path) {
    /**
     * Checks the components.
     *
     * @param method see the record description
     * @param httpMethod see the record description
     * @param path see the record description
     */
    public Producer {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(httpMethod, "httpMethod");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * One problem type as an application uses it.
   *
   * @param type the type URI reference, {@code about:blank} for a bare status
   * @param status the HTTP status it is sent with
   * @param title the title, or {@code null} when it has none of its own
   * @param description what it means, in a sentence or more, or {@code null}
   * @param source the binary name of the exception class it comes from
   * @param members the extension member names and their JSON types, in declaration order
   * @param headerFields the header fields its status requires
   * @param producedBy the resource methods that can produce it
   * @since 0.3.0
   */
  public record ProblemType(String type, int status, @Nullable String title, @Nullable String description,
      String source, Map<String, String> members, List<String> headerFields, List<Producer> producedBy) {
    /**
     * Checks and copies the components.
     *
     * @param type see the record description
     * @param status see the record description, 400-599
     * @param title see the record description
     * @param description see the record description
     * @param source see the record description
     * @param members see the record description
     * @param headerFields see the record description
     * @param producedBy see the record description
     * @throws IllegalArgumentException if the status is not a 4xx or 5xx
     */
    public ProblemType {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(source, "source");
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("problem type " + type + " has status " + status
            + ", not a 4xx or 5xx");
      }
      members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
      headerFields = List.copyOf(headerFields);
      producedBy = List.copyOf(producedBy);
    }

    /** The same type for the same exception and status: one entry, the resource methods of both. */
    String key() {
      return source + " " + status + " " + type;
    }
  }

  private static final ProblemCatalog EMPTY = new ProblemCatalog(List.of());

  private final List<ProblemType> types;

  private ProblemCatalog(List<ProblemType> types) {
    this.types = types;
  }

  /**
   * A catalog of these entries; entries for the same exception, status and type become one, with
   * the resource methods of all.
   *
   * @param types the entries
   * @return the catalog, in the order of first appearance
   */
  public static ProblemCatalog of(Collection<ProblemType> types) {
    Map<String, ProblemType> merged = new LinkedHashMap<>();
    for (ProblemType t : types) {
      merged.merge(t.key(), t, (a, b) -> {
        LinkedHashSet<Producer> producers = new LinkedHashSet<>(a.producedBy());
        producers.addAll(b.producedBy());
        Map<String, String> members = new LinkedHashMap<>(a.members());
        b.members().forEach(members::putIfAbsent);
        return new ProblemType(a.type(), a.status(), a.title() != null ? a.title() : b.title(),
            a.description() != null ? a.description() : b.description(), a.source(), members, a.headerFields(),
            new ArrayList<>(producers));
      });
    }
    return merged.isEmpty() ? EMPTY : new ProblemCatalog(List.copyOf(merged.values()));
  }

  /**
   * Reads every {@value #RESOURCE} the loader finds, as they are (no scanning).
   *
   * @param loader the application's class loader
   * @return the catalog, empty when no compilation ran the processor
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a file is not a catalog
   */
  public static ProblemCatalog load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<ProblemType> all = new ArrayList<>();
    try {
      Enumeration<URL> files = loader.getResources(RESOURCE);
      while (files.hasMoreElements()) {
        URL file = files.nextElement();
        try (InputStream in = file.openStream()) {
          try {
            all.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).types);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("StatusKit cannot read " + RESOURCE, e);
    }
    return of(all);
  }

  /**
   * The catalog {@value #RESOURCE} holds when there is one, else what reflection finds on the
   * resource classes ({@link #reflect}).
   *
   * @param loader the application's class loader
   * @param resourceClasses the application's resource classes, for the fallback
   * @return the catalog
   */
  public static ProblemCatalog loadOrReflect(ClassLoader loader, Collection<Class<?>> resourceClasses) {
    ProblemCatalog read = load(loader);
    return read.types.isEmpty() ? reflect(resourceClasses, loader) : read;
  }

  /**
   * What reflection finds without the processor: the {@code throws} clauses, {@code @MapException}
   * rules and validated parameters of the JAX-RS resource methods of these classes, and the {@code @HttpProblem} classes of
   * the processor's older index ({@code META-INF/statuskit/problem-types}) when there is one.
   * Descriptions come only from the annotation (javadoc is gone at run time).
   *
   * @param resourceClasses JAX-RS resource classes
   * @param loader the class loader for the index, or {@code null}
   * @return the catalog
   */
  public static ProblemCatalog reflect(Collection<Class<?>> resourceClasses, @Nullable ClassLoader loader) {
    return of(CatalogReflection.types(resourceClasses, loader)).sorted();
  }

  /**
   * Parses the JSON of a catalog file.
   *
   * @param json the text of a {@value #RESOURCE}
   * @return the catalog
   * @throws IllegalArgumentException if it is not a catalog of version {@value #VERSION}
   */
  public static ProblemCatalog parse(String json) {
    Object root = JsonParser.parse(json);
    if (!(root instanceof Map<?, ?> m) || !(m.get("types") instanceof List<?> list)) {
      throw new IllegalArgumentException("a problem catalog is an object with a \"types\" array");
    }
    if (!Integer.valueOf(VERSION).equals(m.get("version"))) {
      throw new IllegalArgumentException("problem catalog version " + m.get("version") + " is not " + VERSION);
    }
    List<ProblemType> types = new ArrayList<>();
    for (Object o : list) {
      Map<?, ?> t = object(o, "a type");
      Map<String, String> members = new LinkedHashMap<>();
      object(orEmpty(t.get("members"), Map.of()), "members").forEach((k, v) -> members.put((String) k, string(v, "a member type")));
      List<String> headers = new ArrayList<>();
      for (Object h : array(orEmpty(t.get("headerFields"), List.of()), "headerFields")) {
        headers.add(string(h, "a header field"));
      }
      List<Producer> producers = new ArrayList<>();
      for (Object p : array(orEmpty(t.get("producedBy"), List.of()), "producedBy")) {
        Map<?, ?> pm = object(p, "a producer");
        producers.add(new Producer(string(pm.get("method"), "method"), string(pm.get("httpMethod"), "httpMethod"),
            string(pm.get("path"), "path")));
      }
      if (!(t.get("status") instanceof Integer status)) {
        throw new IllegalArgumentException("a type's status must be an integer: " + t.get("status"));
      }
      types.add(new ProblemType(string(t.get("type"), "type"), status, optionalString(t.get("title")),
          optionalString(t.get("description")), string(t.get("source"), "source"), members, headers, producers));
    }
    return of(types);
  }

  private static Object orEmpty(@Nullable Object o, Object empty) {
    return o == null ? empty : o;
  }

  private static Map<?, ?> object(@Nullable Object o, String what) {
    if (o instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalArgumentException(what + " must be a JSON object");
  }

  private static List<?> array(@Nullable Object o, String what) {
    if (o instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException(what + " must be a JSON array");
  }

  private static String string(@Nullable Object o, String what) {
    if (o instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(what + " must be a JSON string");
  }

  private static @Nullable String optionalString(@Nullable Object o) {
    return o == null ? null : string(o, "title and description");
  }

  /**
   * This catalog in a stable order: types by type URI, status and exception; each type's resource
   * methods by path, HTTP method and Java method. The processor writes it so, and reflection, which
   * finds methods in no particular order, gives it so.
   *
   * @return the sorted catalog
   */
  public ProblemCatalog sorted() {
    java.util.Comparator<Producer> byPath = java.util.Comparator.comparing(Producer::path)
        .thenComparing(Producer::httpMethod).thenComparing(Producer::method);
    List<ProblemType> out = new ArrayList<>();
    for (ProblemType t : types) {
      List<Producer> producers = new ArrayList<>(t.producedBy());
      producers.sort(byPath);
      out.add(new ProblemType(t.type(), t.status(), t.title(), t.description(), t.source(), t.members(),
          t.headerFields(), producers));
    }
    out.sort(java.util.Comparator.comparing(ProblemType::type).thenComparingInt(ProblemType::status)
        .thenComparing(ProblemType::source));
    return of(out);
  }

  /**
   * The types, each once.
   *
   * @return an unmodifiable list, in the order of first appearance
   */
  public List<ProblemType> types() {
    return types;
  }

  /**
   * The first entry of a type URI; {@code about:blank} has one entry per status and exception, so
   * ask {@link #types()} for those.
   *
   * @param type the type URI reference, as written in the problem
   * @return the entry, or empty
   */
  public Optional<ProblemType> find(String type) {
    Objects.requireNonNull(type, "type");
    return types.stream().filter(t -> t.type().equals(type)).findFirst();
  }

  /**
   * The catalog as the JSON of {@value #RESOURCE}: {@code {"version":1,"types":[...]}}, each type
   * with the record's component names as members ({@code title} and {@code description} left out
   * when absent).
   *
   * @return the JSON text, UTF-8 when written to a file
   */
  public String toJson() {
    StringBuilder b = new StringBuilder("{\"version\":").append(VERSION).append(",\"types\":[");
    for (int i = 0; i < types.size(); i++) {
      ProblemType t = types.get(i);
      b.append(i == 0 ? "\n" : ",\n").append("{\"type\":");
      string(t.type(), b);
      b.append(",\"status\":").append(t.status());
      if (t.title() != null) {
        b.append(",\"title\":");
        string(t.title(), b);
      }
      if (t.description() != null) {
        b.append(",\"description\":");
        string(t.description(), b);
      }
      b.append(",\"source\":");
      string(t.source(), b);
      b.append(",\"members\":{");
      int n = 0;
      for (Map.Entry<String, String> m : t.members().entrySet()) {
        b.append(n++ == 0 ? "" : ",");
        string(m.getKey(), b);
        b.append(':');
        string(m.getValue(), b);
      }
      b.append("},\"headerFields\":[");
      for (int h = 0; h < t.headerFields().size(); h++) {
        b.append(h == 0 ? "" : ",");
        string(t.headerFields().get(h), b);
      }
      b.append("],\"producedBy\":[");
      for (int p = 0; p < t.producedBy().size(); p++) {
        Producer pr = t.producedBy().get(p);
        b.append(p == 0 ? "" : ",").append("{\"method\":");
        string(pr.method(), b);
        b.append(",\"httpMethod\":");
        string(pr.httpMethod(), b);
        b.append(",\"path\":");
        string(pr.path(), b);
        b.append('}');
      }
      b.append("]}");
    }
    return b.append("\n]}\n").toString();
  }

  /** A JSON string (RFC 8259 §7); the file is read as UTF-8, so only quotes, backslash and controls are escaped. */
  static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !validPair(s, i)) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * The header fields the RFCs say a response of this status MUST carry (405: {@code Allow}).
   *
   * @param status the status
   * @return the field names, in the table's order
   */
  public static List<String> requiredFields(int status) {
    List<String> out = new ArrayList<>();
    HttpStatus.resolve(status).ifPresent(s -> s.headerRules().forEach(r -> {
      if (r.requirement() == HttpStatus.HeaderRule.Requirement.MUST && r.when().isEmpty() && !out.contains(r.field())) {
        out.add(r.field());
      }
    }));
    return out;
  }

  /**
   * The status a StatusKit exception class stands for, from its name, which is the reason phrase
   * plus {@code Exception} ({@code TooManyRequestsException}: 429).
   *
   * @param simpleName the class's simple name
   * @return the status, or empty for a name that is no reason phrase
   */
  public static Optional<HttpStatus> statusOfExceptionName(String simpleName) {
    if (!simpleName.endsWith("Exception")) {
      return Optional.empty();
    }
    String phrase = simpleName.substring(0, simpleName.length() - "Exception".length());
    for (HttpStatus s : HttpStatus.values()) {
      if (s.isError() && s.reasonPhrase().replaceAll("[^A-Za-z]", "").equalsIgnoreCase(phrase)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The JSON type of a Java type's values as StatusKit writes them.
   *
   * @param qualifiedName the erased type's name ({@code int}, {@code java.lang.String}, {@code
   *     java.util.List}), arrays ending in {@code []}
   * @param isA whether the type is a subtype of the named class or interface
   * @param isEnumOrRecord {@code "enum"}, {@code "record"} or {@code ""}
   * @return {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array}, {@code
   *     object} or {@code any}
   */
  public static String jsonType(String qualifiedName, java.util.function.Predicate<String> isA, String isEnumOrRecord) {
    if (qualifiedName.endsWith("[]")) {
      return qualifiedName.equals("char[]") ? "string" : "array";
    }
    switch (qualifiedName) {
      case "int", "long", "short", "byte", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
          "java.math.BigInteger", "java.util.OptionalInt", "java.util.OptionalLong",
          "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong" -> {
        return "integer";
      }
      case "double", "float", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.lang.Number",
          "java.util.OptionalDouble" -> {
        return "number";
      }
      case "boolean", "java.lang.Boolean" -> {
        return "boolean";
      }
      case "char", "java.lang.Character", "java.net.URI", "java.net.URL", "java.util.UUID" -> {
        return "string";
      }
      default -> {
        // below
      }
    }
    if (isEnumOrRecord.equals("enum") || qualifiedName.startsWith("java.time.") || isA.test("java.lang.CharSequence")) {
      return "string";
    }
    if (isA.test("java.util.Map") || isEnumOrRecord.equals("record")) {
      return "object";
    }
    if (isA.test("java.lang.Iterable")) {
      return "array";
    }
    if (isA.test("java.lang.Number")) {
      return "number";
    }
    return "any";
  }
}
