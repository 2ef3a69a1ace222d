package dev.statuskit.representation;

import dev.statuskit.HttpException;
import dev.statuskit.HttpProblem;
import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemExtension;
import dev.statuskit.internal.DeclarationRules;
import dev.statuskit.internal.Declarations;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reflection fallback of {@link ProblemCatalog#reflect}: the same entries the annotation
 * processor writes, from loaded classes. JAX-RS annotations are read by name, as core does not
 * depend on JAX-RS; a resource method is one whose annotation is meta-annotated with
 * {@code jakarta.ws.rs.HttpMethod}.
 */
final class CatalogReflection {

  private CatalogReflection() {}

  static List<ProblemCatalog.ProblemType> types(Collection<Class<?>> resourceClasses, @Nullable ClassLoader loader) {
    List<ProblemCatalog.ProblemType> out = new ArrayList<>();
    for (Class<?> resource : resourceClasses) {
      String classPath = path(resource);
      for (Method m : resource.getMethods()) {
        String httpMethod = httpMethod(m);
        if (httpMethod == null) {
          continue;
        }
        ProblemCatalog.Producer producer = new ProblemCatalog.Producer(resource.getName() + "#" + m.getName(),
            httpMethod, join(classPath, path(m)));
        int first = out.size();
        for (Class<?> thrown : m.getExceptionTypes()) {
          ProblemCatalog.ProblemType t = fromException(thrown, producer);
          if (t != null) {
            out.add(t);
          }
        }
        if (validated(m)) {
          out.add(DeclarationRules.validationProblem(producer));
        }
        mapExceptions(resource, producer, out);
        mapExceptions(m, producer, out);
        String base = typeBase(m);
        for (int i = first; i < out.size(); i++) {
          out.set(i, DeclarationRules.resolvedType(out.get(i), base == null ? typeBase(resource) : base));
        }
      }
    }
    if (loader != null) {
      for (Class<?> c : Declarations.indexed(loader)) {
        ProblemCatalog.ProblemType t = fromException(c, null);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static ProblemCatalog.@Nullable ProblemType fromException(Class<?> c, ProblemCatalog.@Nullable Producer p) {
    List<ProblemCatalog.Producer> producers = p == null ? List.of() : List.of(p);
    HttpProblem a = c.getAnnotation(HttpProblem.class);
    if (a != null) {
      if (DeclarationRules.problemStatus(a.status()) != null || DeclarationRules.problemType(a.type()) != null) {
        return null; // misdeclared: the deployment check reports it
      }
      String title = a.title().isEmpty() ? (a.type().equals(Problem.ABOUT_BLANK.toString())
          ? HttpStatus.resolve(a.status()).map(HttpStatus::reasonPhrase).orElse(null) : null) : a.title();
      return new ProblemCatalog.ProblemType(a.type(), a.status(), title,
          a.description().isEmpty() ? null : a.description(), c.getName(), members(c),
          ProblemCatalog.requiredFields(a.status()), producers);
    }
    if (HttpException.class.isAssignableFrom(c) && c.getPackageName().equals("dev.statuskit")) {
      return ProblemCatalog.statusOfExceptionName(c.getSimpleName()).map(s -> new ProblemCatalog.ProblemType(
          Problem.ABOUT_BLANK.toString(), s.code(), s.reasonPhrase(), null, c.getName(), Map.of(),
          ProblemCatalog.requiredFields(s.code()), producers)).orElse(null);
    }
    return null;
  }

  /** Whether a parameter carries {@code @Valid} or a Bean Validation constraint (meta-annotated {@code @Constraint}). */
  private static boolean validated(Method m) {
    for (Annotation[] parameter : m.getParameterAnnotations()) {
      for (Annotation a : parameter) {
        if (a.annotationType().getName().equals(DeclarationRules.VALID)) {
          return true;
        }
        for (Annotation meta : a.annotationType().getAnnotations()) {
          if (meta.annotationType().getName().equals(DeclarationRules.CONSTRAINT)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The {@code @ProblemExtension} members of an exception class and its superclasses, with JSON types. */
  static Map<String, String> members(Class<?> c) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Class<?> k = c; k != null && k != Throwable.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        ProblemExtension e = f.getAnnotation(ProblemExtension.class);
        if (e != null && !Modifier.isStatic(f.getModifiers())) {
          out.putIfAbsent(DeclarationRules.extensionMemberName(e.value(), f.getName(), false), jsonType(f.getType()));
        }
      }
      for (Method m : k.getDeclaredMethods()) {
        ProblemExtension e = m.getAnnotation(ProblemExtension.class);
        if (e != null && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
          out.putIfAbsent(DeclarationRules.extensionMemberName(e.value(), m.getName(), true),
              jsonType(m.getReturnType()));
        }
      }
    }
    return out;
  }

  static String jsonType(Class<?> type) {
    String name = type.isArray() ? type.getComponentType().getName() + "[]" : type.getName();
    return ProblemCatalog.jsonType(name, other -> {
      try {
        return Class.forName(other, false, ClassLoader.getPlatformClassLoader()).isAssignableFrom(type);
      } catch (ClassNotFoundException e) {
        return false;
      }
    }, type.isEnum() ? "enum" : type.isRecord() ? "record" : "");
  }

  /** The {@code @MapException} rules on a class or method, directly or in their container. */
  private static void mapExceptions(AnnotatedElement on, ProblemCatalog.Producer p, List<ProblemCatalog.ProblemType> out) {
    for (Annotation a : on.getAnnotations()) {
      String name = a.annotationType().getName();
      if (name.equals(DeclarationRules.MAP_EXCEPTION)) {
        mapException(a, p, out);
      } else if (name.equals(DeclarationRules.MAP_EXCEPTIONS) && call(a, "value") instanceof Annotation[] all) {
        for (Annotation one : all) {
          mapException(one, p, out);
        }
      }
    }
  }

  private static void mapException(Annotation a, ProblemCatalog.Producer p, List<ProblemCatalog.ProblemType> out) {
    if (!(call(a, "exception") instanceof Class<?> exception) || !(call(a, "status") instanceof Integer status)
        || status < 400 || status > 599) {
      return;
    }
    String type = call(a, "type") instanceof String t && !t.isEmpty() ? t : Problem.ABOUT_BLANK.toString();
    String title = call(a, "title") instanceof String t && !t.isEmpty() ? t
        : type.equals(Problem.ABOUT_BLANK.toString()) ? HttpStatus.resolve(status).map(HttpStatus::reasonPhrase).orElse(null)
        : null;
    String description = call(a, "description") instanceof String d && !d.isEmpty() ? d : null;
    out.add(new ProblemCatalog.ProblemType(type, status, title, description, exception.getName(), Map.of(),
        ProblemCatalog.requiredFields(status), List.of(p)));
  }

  private static @Nullable String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      for (Annotation meta : a.annotationType().getAnnotations()) {
        if (meta.annotationType().getName().equals("jakarta.ws.rs.HttpMethod") && call(meta, "value") instanceof String v) {
          return v;
        }
      }
    }
    return null;
  }

  /** The value of the {@code @ProblemTypeBase} on a method or class, or null. */
  private static @Nullable String typeBase(AnnotatedElement e) {
    for (Annotation a : e.getAnnotations()) {
      if (a.annotationType().getName().equals(DeclarationRules.PROBLEM_TYPE_BASE) && call(a, "value") instanceof String v) {
        return v;
      }
    }
    return null;
  }

  private static String path(AnnotatedElement e) {
    for (Annotation a : e.getAnnotations()) {
      if (a.annotationType().getName().equals("jakarta.ws.rs.Path") && call(a, "value") instanceof String v) {
        return v;
      }
    }
    return "";
  }

  /** A resource's URI template: {@code /books} and {@code {id}} give {@code /books/{id}}. */
  static String join(String classPath, String methodPath) {
    String a = classPath.replaceAll("^/+|/+$", "");
    String b = methodPath.replaceAll("^/+|/+$", "");
    return "/" + a + (a.isEmpty() || b.isEmpty() ? "" : "/") + b;
  }

  private static @Nullable Object call(Annotation a, String element) {
    try {
      return a.annotationType().getMethod(element).invoke(a);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
