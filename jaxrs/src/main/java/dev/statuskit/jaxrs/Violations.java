package dev.statuskit.jaxrs;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import dev.statuskit.header.HeaderFields;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Bean Validation {@link ConstraintViolationException} into a problem with a
 * {@code violations} member: one {@code {field, location, pointer, message}} object per violation.
 * Loaded only when the Bean Validation API is present.
 *
 * <p>The location comes from the JAX-RS annotation of the validated parameter or field
 * ({@code path}, {@code query}, {@code header}, {@code form}, {@code cookie}, {@code matrix}),
 * {@code body} for the entity; {@code field} is the parameter's name on the wire, or the property
 * path inside the body (absent when the body as a whole is invalid); {@code pointer}, for the body
 * only, is the RFC 6901 JSON Pointer to the value in the body as sent (JSON names from
 * {@code @JsonProperty} or {@code @JsonbProperty}; {@code ""} for the whole body). The message is
 * interpolated in the request's language when the problem is localized. A violation of a return value
 * is the server's fault: it is answered as an unhandled 500.
 */
final class Violations {

  /** The extension member. */
  static final String MEMBER = "violations";

  private static final Map<ExecutableKey, @Nullable Executable> EXECUTABLES = new ConcurrentHashMap<>();

  private record ExecutableKey(Class<?> type, String name, List<Class<?>> parameters) {}

  /** Where a violation is: {@code pointer} (RFC 6901) only for the body, {@code ""} being the whole body. */
  private record Location(String location, @Nullable String field, @Nullable String pointer) {
    Location(String location, @Nullable String field) {
      this(location, field, null);
    }
  }

  private Violations() {}

  /**
   * The answer to a failed validation: the configured status, a detail counting the violations and
   * the {@value #MEMBER} member; {@code null} when the resource broke its own contract (a return
   * value, say), which is no answer for the client to act on, so the engine goes on to the safe 500.
   */
  static ProblemEngine.@Nullable Classification classify(ConstraintViolationException e, Settings settings,
      @Nullable Locale locale) {
    Set<ConstraintViolation<?>> all = e.getConstraintViolations();
    List<Map<String, String>> list = new ArrayList<>();
    if (all != null) {
      for (ConstraintViolation<?> v : all) {
        if (isServerSide(v)) {
          // The resource broke its own contract: not something the client can fix.
          return null;
        }
        Location l = locate(v);
        Map<String, String> m = new LinkedHashMap<>();
        if (l.field() != null) {
          m.put("field", l.field());
        }
        m.put("location", l.location());
        if (l.pointer() != null) {
          m.put("pointer", l.pointer());
        }
        m.put("message", message(v, locale));
        list.add(Collections.unmodifiableMap(m));
      }
    }
    list.sort(Comparator.comparing((Map<String, String> m) -> m.get("location"))
        .thenComparing(m -> m.getOrDefault("field", ""))
        .thenComparing(m -> m.get("message")));
    int status = settings.get(StatusKitFeature.VALIDATION_STATUS);
    Problem.Builder p = Problem.builder()
        .detail(list.size() == 1 ? "The request has 1 invalid value." : "The request has " + list.size() + " invalid values.")
        .extension(MEMBER, List.copyOf(list));
    return ProblemEngine.Classification.mapped(HttpStatus.valueOf(status), HeaderFields.empty(), p);
  }

  private static boolean isServerSide(ConstraintViolation<?> v) {
    if (v.getPropertyPath() == null) {
      return false;
    }
    for (Path.Node n : v.getPropertyPath()) {
      if (n.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  private static Location locate(ConstraintViolation<?> v) {
    Path path = v.getPropertyPath();
    if (path == null) {
      return new Location("body", null, "");
    }
    Iterator<Path.Node> nodes = path.iterator();
    if (!nodes.hasNext()) {
      return new Location("body", null, "");
    }
    Path.Node first = nodes.next();
    Class<?> root = v.getRootBeanClass();
    if (root == null) {
      return body(null, first, nodes);
    }
    switch (first.getKind()) {
      case METHOD, CONSTRUCTOR -> {
        List<Class<?>> types = first.getKind() == ElementKind.METHOD
            ? first.as(Path.MethodNode.class).getParameterTypes()
            : first.as(Path.ConstructorNode.class).getParameterTypes();
        Executable ex = EXECUTABLES.computeIfAbsent(new ExecutableKey(root, String.valueOf(first.getName()),
            List.copyOf(types)), Violations::findExecutable);
        if (!nodes.hasNext()) {
          return new Location("body", null, "");
        }
        Path.Node param = nodes.next();
        if (param.getKind() == ElementKind.CROSS_PARAMETER || ex == null) {
          return new Location("request", null);
        }
        int index = param.as(Path.ParameterNode.class).getParameterIndex();
        if (index < 0 || index >= ex.getParameterCount()) {
          return new Location("request", null);
        }
        return fromAnnotations(ex.getParameterAnnotations()[index], ex.getGenericParameterTypes()[index], nodes);
      }
      case PROPERTY -> {
        // A validated field or property of the resource (or of a bean parameter) itself.
        AnnotatedElement member = member(root, first.getName());
        if (member != null) {
          Location l = fromAnnotations(member.getAnnotations(), null, nodes);
          if (!l.location().equals("body")) {
            return l;
          }
        }
        return new Location("body", rest(first, nodes));
      }
      default -> {
        return body(root, first, nodes); // a bean validated on its own: the body, presumably
      }
    }
  }

  private static Location fromAnnotations(Annotation[] annotations, @Nullable Type type, Iterator<Path.Node> rest) {
    for (Annotation a : annotations) {
      if (a instanceof PathParam p) {
        return new Location("path", p.value());
      } else if (a instanceof QueryParam q) {
        return new Location("query", q.value());
      } else if (a instanceof HeaderParam h) {
        return new Location("header", h.value());
      } else if (a instanceof FormParam f) {
        return new Location("form", f.value());
      } else if (a instanceof CookieParam c) {
        return new Location("cookie", c.value());
      } else if (a instanceof MatrixParam m) {
        return new Location("matrix", m.value());
      } else if (a instanceof Context) {
        return new Location("request", null);
      } else if (a instanceof BeanParam && type != null && rest.hasNext()) {
        Path.Node n = rest.next();
        Class<?> raw = raw(type);
        AnnotatedElement member = raw == null ? null : member(raw, n.getName());
        if (member != null) {
          return fromAnnotations(member.getAnnotations(), null, rest);
        }
        return new Location("request", n.getName());
      }
    }
    return rest.hasNext() ? body(type, rest.next(), rest) : new Location("body", null, "");
  }

  /** A place in the body: its property path, and the JSON Pointer to it in the body's JSON names. */
  private static Location body(@Nullable Type type, Path.Node first, Iterator<Path.Node> more) {
    List<Path.Node> nodes = new ArrayList<>();
    nodes.add(first);
    more.forEachRemaining(nodes::add);
    return new Location("body", rest(nodes.get(0), nodes.subList(1, nodes.size()).iterator()), pointer(type, nodes));
  }

  /**
   * The JSON Pointer (RFC 6901) of a property path: each property by its JSON name
   * ({@code @JsonProperty}, {@code @JsonbProperty}, else the Java name), each element by its index or
   * key; {@code null} when an element has neither (a member of a set).
   */
  static @Nullable String pointer(@Nullable Type root, List<Path.Node> nodes) {
    StringBuilder sb = new StringBuilder();
    Type current = root;
    for (Path.Node n : nodes) {
      if (n.isInIterable()) {
        Object at = n.getIndex() != null ? n.getIndex() : n.getKey();
        if (at == null) {
          return null;
        }
        sb.append('/').append(escape(String.valueOf(at)));
        current = element(current);
      }
      String name = n.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        Class<?> raw = raw(current);
        AnnotatedElement member = raw == null ? null : member(raw, name);
        sb.append('/').append(escape(jsonName(member, name)));
        current = member instanceof Field f ? f.getGenericType()
            : member instanceof Method m ? m.getGenericReturnType() : null;
      }
    }
    return sb.toString();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The name a JSON binding gives a member: Jackson's or JSON-B's annotation, read by name (both optional). */
  private static String jsonName(@Nullable AnnotatedElement member, String name) {
    if (member == null) {
      return name;
    }
    for (Annotation a : member.getAnnotations()) {
      String type = a.annotationType().getName();
      if (type.equals("com.fasterxml.jackson.annotation.JsonProperty")
          || type.equals("jakarta.json.bind.annotation.JsonbProperty")) {
        try {
          Object v = a.annotationType().getMethod("value").invoke(a);
          if (v instanceof String s && !s.isEmpty()) {
            return s;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          return name;
        }
      }
    }
    return name;
  }

  private static @Nullable Class<?> raw(@Nullable Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  /** The element type of a list, set, array, iterable or map (its values). */
  private static @Nullable Type element(@Nullable Type type) {
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (type instanceof GenericArrayType g) {
      return g.getGenericComponentType();
    }
    if (type instanceof ParameterizedType p && raw(p) != null) {
      Type[] args = p.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw(p)) && args.length == 2) {
        return args[1];
      }
      if (Iterable.class.isAssignableFrom(raw(p)) && args.length == 1) {
        return args[0] instanceof WildcardType w && w.getUpperBounds().length == 1 ? w.getUpperBounds()[0] : args[0];
      }
    }
    return null;
  }

  /**
   * The violation's message, in the request's language when there is one: the constraint's own
   * message template interpolated again by the provider's default interpolator. A template built
   * by a validator ({@code buildConstraintViolationWithTemplate}) is never interpolated again, as it
   * may hold what the client sent; nor is anything when interpolation fails.
   */
  private static String message(ConstraintViolation<?> v, @Nullable Locale locale) {
    String message = v.getMessage() == null ? "is invalid" : v.getMessage();
    if (locale == null || v.getConstraintDescriptor() == null || v.getMessageTemplate() == null
        || !v.getMessageTemplate().equals(v.getConstraintDescriptor().getMessageTemplate())) {
      return message;
    }
    MessageInterpolator interpolator = Interpolator.DEFAULT;
    if (interpolator == null) {
      return message;
    }
    try {
      String localized = interpolator.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
          return v.getConstraintDescriptor();
        }

        @Override
        public @Nullable Object getValidatedValue() {
          return v.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
          if (type.isInstance(this)) {
            return type.cast(this);
          }
          throw new ValidationException("StatusKit's interpolation context is no " + type.getName());
        }
      }, locale);
      return localized == null || localized.isBlank() ? message : localized;
    } catch (RuntimeException | LinkageError e) {
      return message;
    }
  }

  /** The provider's default message interpolator, looked up once; {@code null} when there is none. */
  private static final class Interpolator {
    static final @Nullable MessageInterpolator DEFAULT = lookUp();

    private static @Nullable MessageInterpolator lookUp() {
      try {
        return Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
      } catch (RuntimeException | LinkageError e) {
        System.getLogger("dev.statuskit").log(System.Logger.Level.DEBUG,
            "StatusKit finds no Bean Validation message interpolator; violation messages stay as validated", e);
        return null;
      }
    }
  }

  /** The property path from a node on: {@code items[0].name}. */
  private static @Nullable String rest(Path.Node first, Iterator<Path.Node> more) {
    StringBuilder sb = new StringBuilder();
    append(sb, first);
    while (more.hasNext()) {
      append(sb, more.next());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static void append(StringBuilder sb, Path.Node n) {
    if (n.isInIterable()) {
      sb.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey() != null ? n.getKey() : "").append(']');
    }
    String name = n.getName();
    if (name != null && !name.isEmpty() && !name.startsWith("<")) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(name);
    }
  }

  private static @Nullable Executable findExecutable(ExecutableKey k) {
    Class<?>[] params = k.parameters().toArray(new Class<?>[0]);
    Executable first = null;
    for (Class<?> c = k.type(); c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Executable found = k.name().equals(c.getSimpleName()) || k.name().equals(c.getName())
            ? c.getDeclaredConstructor(params) : c.getDeclaredMethod(k.name(), params);
        // A CDI interceptor subclass (Quarkus validates through one) overrides the resource method
        // without its parameters' annotations: the method that carries them is further up.
        if (hasParameterAnnotations(found)) {
          return found;
        }
        if (first == null) {
          first = found;
        }
      } catch (NoSuchMethodException e) {
        // Declared further up.
      }
    }
    if (first != null) {
      return first;
    }
    for (Class<?> i : k.type().getInterfaces()) {
      for (Method m : i.getMethods()) {
        if (m.getName().equals(k.name()) && Arrays.equals(m.getParameterTypes(), params)) {
          return m;
        }
      }
    }
    return null;
  }

  private static boolean hasParameterAnnotations(Executable e) {
    for (Annotation[] annotations : e.getParameterAnnotations()) {
      if (annotations.length > 0) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable AnnotatedElement member(Class<?> type, @Nullable String name) {
    if (name == null) {
      return null;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return f;
        }
      }
      String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      for (Method m : c.getDeclaredMethods()) {
        if (m.getParameterCount() == 0 && (m.getName().equals(getter) || m.getName().equals(name))) {
          return m;
        }
      }
    }
    return null;
  }
}
