package dev.statuskit.internal;

import static dev.statuskit.internal.DeclarationRules.DEFAULT_CHALLENGE;
import static dev.statuskit.internal.DeclarationRules.DEFAULT_RETRY_AFTER;
import static dev.statuskit.internal.DeclarationRules.MAP_EXCEPTION;
import static dev.statuskit.internal.DeclarationRules.MAP_EXCEPTIONS;
import static dev.statuskit.internal.DeclarationRules.PROBLEM_TYPE_BASE;

import dev.statuskit.HttpProblem;
import dev.statuskit.ProblemExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The deployment check, for builds that ran no annotation processor: the rules of
 * {@link DeclarationRules} applied to loaded classes by reflection, with the messages the
 * processor gives at compile time.
 *
 * <pre>{@code
 * List<String> violations = Declarations.check(OrderResource.class);
 * // ["@MapException(exception = java.lang.SecurityException.class) on method
 * //   com.example.OrderResource.delete(long): status 401 Unauthorized requires [WWW-Authenticate] and ..."]
 * }</pre>
 *
 * @since 0.3.0
 */
public final class Declarations {

  private Declarations() {}

  /**
   * The violations of the StatusKit annotations declared on a class, on its fields and methods,
   * and on those of its superclasses and interfaces (which the resolver and the JAX-RS adapter read
   * for this class). JAX-RS annotations are recognised by name, so the adapter need not be present.
   *
   * @param type an exception class, a resource class, or any class
   * @return the reports, empty when every declaration is fine; the order is not specified
   */
  public static List<String> check(Class<?> type) {
    Objects.requireNonNull(type, "type");
    Set<String> reports = new LinkedHashSet<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> c = todo.removeFirst();
      if (c == Object.class || !seen.add(c)) {
        continue;
      }
      checkDeclared(c, reports);
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(List.of(c.getInterfaces()));
    }
    return List.copyOf(reports);
  }

  private static void checkDeclared(Class<?> c, Set<String> reports) {
    String className = DeclarationRules.classElement(c.getName());
    HttpProblem problem = c.getDeclaredAnnotation(HttpProblem.class);
    if (problem != null) {
      add(reports, DeclarationRules.problemStatus(problem.status()), "@HttpProblem", className);
      add(reports, DeclarationRules.problemType(problem.type()), "@HttpProblem", className);
      add(reports, DeclarationRules.messageKey("titleKey", problem.titleKey()), "@HttpProblem", className);
      add(reports, DeclarationRules.messageKey("detailKey", problem.detailKey()), "@HttpProblem", className);
    }
    boolean throwable = Throwable.class.isAssignableFrom(c);
    for (Field f : c.getDeclaredFields()) {
      ProblemExtension e = f.getDeclaredAnnotation(ProblemExtension.class);
      if (e != null) {
        String element = DeclarationRules.fieldElement(c.getName(), f.getName());
        add(reports, DeclarationRules.extensionField(Modifier.isStatic(f.getModifiers())), "@ProblemExtension", element);
        add(reports, DeclarationRules.extensionName(DeclarationRules.extensionMemberName(e.value(), f.getName(), false)),
            "@ProblemExtension", element);
        add(reports, DeclarationRules.extensionOwner(throwable), "@ProblemExtension", element);
      }
    }
    boolean classChallenge = named(c.getAnnotations(), DEFAULT_CHALLENGE) != null;
    checkEndpoint(c, className, classChallenge, reports);
    for (Method m : c.getDeclaredMethods()) {
      if (m.isBridge() || m.isSynthetic()) {
        continue; // a copy of the declared method, annotations included
      }
      String element = DeclarationRules.methodElement(c.getName(), m.getName(), parameterTypes(m));
      ProblemExtension e = m.getDeclaredAnnotation(ProblemExtension.class);
      if (e != null) {
        add(reports, DeclarationRules.extensionMethod(Modifier.isStatic(m.getModifiers()), m.getParameterCount(),
            m.getReturnType() == void.class), "@ProblemExtension", element);
        add(reports, DeclarationRules.extensionName(DeclarationRules.extensionMemberName(e.value(), m.getName(), true)),
            "@ProblemExtension", element);
        add(reports, DeclarationRules.extensionOwner(throwable), "@ProblemExtension", element);
      }
      checkEndpoint(m, element,
          classChallenge || named(m.getDeclaredAnnotations(), DEFAULT_CHALLENGE) != null, reports);
    }
  }

  private static void checkEndpoint(AnnotatedElement on, String element, boolean challenge, Set<String> reports) {
    for (Annotation a : on.getDeclaredAnnotations()) {
      switch (a.annotationType().getName()) {
        case MAP_EXCEPTION -> checkMapException(a, element, challenge, reports);
        case MAP_EXCEPTIONS -> {
          for (Object one : (Object[]) member(a, "value")) {
            checkMapException((Annotation) one, element, challenge, reports);
          }
        }
        case DEFAULT_RETRY_AFTER ->
            add(reports, DeclarationRules.retryAfterSeconds((Long) member(a, "seconds")), "@DefaultRetryAfter", element);
        case DEFAULT_CHALLENGE -> add(reports,
            DeclarationRules.challenge((String) member(a, "scheme"), (String) member(a, "realm")),
            "@DefaultChallenge", element);
        case PROBLEM_TYPE_BASE ->
            add(reports, DeclarationRules.problemTypeBase((String) member(a, "value")), "@ProblemTypeBase", element);
        default -> {
          // Not a StatusKit annotation.
        }
      }
    }
  }

  private static void checkMapException(Annotation a, String element, boolean challenge, Set<String> reports) {
    String annotation = "@MapException(exception = " + ((Class<?>) member(a, "exception")).getName() + ".class)";
    add(reports, DeclarationRules.mapExceptionStatus((Integer) member(a, "status"), challenge), annotation, element);
    add(reports, DeclarationRules.mapExceptionType((String) member(a, "type")), annotation, element);
  }

  /** The JAX-RS annotations are read by name: core does not depend on the adapter. */
  private static Object member(Annotation a, String name) {
    try {
      return a.annotationType().getMethod(name).invoke(a);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("StatusKit cannot read " + name + " of " + a, e);
    }
  }

  private static @Nullable Annotation named(Annotation[] annotations, String name) {
    for (Annotation a : annotations) {
      if (a.annotationType().getName().equals(name)) {
        return a;
      }
    }
    return null;
  }

  private static List<String> parameterTypes(Method m) {
    List<String> names = new ArrayList<>();
    for (Class<?> p : m.getParameterTypes()) {
      names.add(p.getSimpleName());
    }
    return names;
  }

  private static void add(Set<String> reports, @Nullable String violation, String annotation, String element) {
    if (violation != null) {
      reports.add(DeclarationRules.report(annotation, element, violation));
    }
  }

  /**
   * The classes listed in every {@value DeclarationRules#INDEX_RESOURCE} resource the loader sees:
   * the {@code @HttpProblem} classes of each compilation that ran the annotation processor. A
   * listed class the loader cannot load (a stale entry) is left out.
   *
   * @param loader the application's class loader
   * @return the classes, each once, not initialized
   * @throws UncheckedIOException if an index cannot be read
   */
  public static List<Class<?>> indexed(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    Set<Class<?>> classes = new LinkedHashSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(DeclarationRules.INDEX_RESOURCE);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
              continue;
            }
            try {
              classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
              // Stale entry: the class is gone, so there is nothing to check.
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("StatusKit cannot read " + DeclarationRules.INDEX_RESOURCE, e);
    }
    return List.copyOf(classes);
  }

  /**
   * Fails a deployment whose classes misdeclare StatusKit annotations: every violation of the
   * given classes and of those the processor's index lists, in one message.
   *
   * @param loader the application's class loader, for the index
   * @param more further classes to check (a JAX-RS application's resource classes), possibly none
   * @param component what is being started, for the message (for example "StatusKitFeature")
   * @throws IllegalStateException naming each misdeclared element and the rule it breaks
   */
  public static void requireValid(@Nullable ClassLoader loader, Collection<Class<?>> more, String component) {
    Set<Class<?>> classes = new LinkedHashSet<>(more);
    if (loader != null) {
      classes.addAll(indexed(loader));
    }
    Set<String> reports = new LinkedHashSet<>();
    for (Class<?> c : classes) {
      reports.addAll(check(c));
    }
    if (!reports.isEmpty()) {
      throw new IllegalStateException(component + " cannot start: " + reports.size()
          + " misdeclared StatusKit annotation" + (reports.size() == 1 ? "" : "s") + ":\n  "
          + String.join("\n  ", reports));
    }
  }
}
