package dev.statuskit.jaxrs;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.RetryAfter;
import dev.statuskit.internal.DeclarationRules;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The StatusKit annotations of one resource method, read once and cached by {@link ProblemResponder}:
 * its {@link MapException} rules, and the defaults the engine applies to its problems.
 * A mis-declared annotation is logged once and ignored: error handling must not fail because of it.
 */
final class EndpointRules implements ProblemEngine.Endpoint {

  static final EndpointRules NONE = new EndpointRules(Map.of(), Map.of(), null, null, null);

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  /** One {@link MapException}, checked. */
  record Rule(HttpStatus status, URI type, @Nullable String title) {}

  private final Map<Class<?>, Rule> methodRules;
  private final Map<Class<?>, Rule> classRules;
  private final @Nullable String retryAfter;
  private final @Nullable String challenge;
  private final @Nullable URI typeBase;

  private EndpointRules(Map<Class<?>, Rule> methodRules, Map<Class<?>, Rule> classRules,
      @Nullable String retryAfter, @Nullable String challenge, @Nullable URI typeBase) {
    this.methodRules = methodRules;
    this.classRules = classRules;
    this.retryAfter = retryAfter;
    this.challenge = challenge;
    this.typeBase = typeBase;
  }

  static EndpointRules of(Class<?> resourceClass, @Nullable Method resourceMethod) {
    Method method = resourceMethod == null ? null : declaring(resourceMethod);
    AnnotatedElement m = method == null ? resourceClass : method;
    String challenge = challenge(m.getAnnotation(DefaultChallenge.class), m);
    if (challenge == null) {
      challenge = challenge(resourceClass.getAnnotation(DefaultChallenge.class), resourceClass);
    }
    Map<Class<?>, Rule> methodRules = method == null ? Map.of() : rules(method, challenge != null);
    Map<Class<?>, Rule> classRules = rules(resourceClass, challenge != null);
    String retryAfter = retryAfter(m.getAnnotation(DefaultRetryAfter.class), m);
    if (retryAfter == null) {
      retryAfter = retryAfter(resourceClass.getAnnotation(DefaultRetryAfter.class), resourceClass);
    }
    URI base = typeBase(m.getAnnotation(ProblemTypeBase.class), m);
    if (base == null) {
      base = typeBase(resourceClass.getAnnotation(ProblemTypeBase.class), resourceClass);
    }
    if (methodRules.isEmpty() && classRules.isEmpty() && retryAfter == null && challenge == null && base == null) {
      return NONE;
    }
    return new EndpointRules(methodRules, classRules, retryAfter, challenge, base);
  }

  /**
   * The declaration that carries StatusKit annotations: the method itself, or else the method it
   * overrides or implements (a resource interface or abstract class may carry them, as it carries
   * the JAX-RS annotations).
   */
  private static Method declaring(Method method) {
    if (annotated(method)) {
      return method;
    }
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> c = method.getDeclaringClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      types.add(c);
      types.addAll(List.of(c.getInterfaces()));
    }
    for (Class<?> t : types) {
      try {
        Method m = t.getDeclaredMethod(method.getName(), method.getParameterTypes());
        if (annotated(m)) {
          return m;
        }
      } catch (NoSuchMethodException e) {
        // Not declared here.
      }
    }
    return method;
  }

  private static boolean annotated(Method m) {
    return m.isAnnotationPresent(MapException.class) || m.isAnnotationPresent(MapExceptions.class)
        || m.isAnnotationPresent(DefaultRetryAfter.class) || m.isAnnotationPresent(DefaultChallenge.class)
        || m.isAnnotationPresent(ProblemTypeBase.class);
  }

  private static Map<Class<?>, Rule> rules(AnnotatedElement element, boolean defaultChallenge) {
    MapException[] all = element.getAnnotationsByType(MapException.class);
    if (all.length == 0) {
      return Map.of();
    }
    Map<Class<?>, Rule> rules = new LinkedHashMap<>();
    for (MapException a : all) {
      String violation = DeclarationRules.mapExceptionStatus(a.status(), defaultChallenge);
      if (violation == null) {
        violation = DeclarationRules.mapExceptionType(a.type());
      }
      if (violation != null) {
        ignored("@MapException(exception = " + a.exception().getName() + ".class)", element, violation);
        continue;
      }
      URI type = a.type().isEmpty() ? Problem.ABOUT_BLANK : URI.create(a.type());
      rules.putIfAbsent(a.exception(), new Rule(HttpStatus.valueOf(a.status()), type,
          a.title().isEmpty() ? null : a.title()));
    }
    return Collections.unmodifiableMap(rules);
  }

  private static @Nullable String retryAfter(@Nullable DefaultRetryAfter a, AnnotatedElement on) {
    if (a == null) {
      return null;
    }
    String violation = DeclarationRules.retryAfterSeconds(a.seconds());
    if (violation != null) {
      ignored("@DefaultRetryAfter", on, violation);
      return null;
    }
    return RetryAfter.delay(Duration.ofSeconds(a.seconds())).value();
  }

  private static @Nullable String challenge(@Nullable DefaultChallenge a, AnnotatedElement on) {
    if (a == null) {
      return null;
    }
    String violation = DeclarationRules.challenge(a.scheme(), a.realm());
    if (violation != null) {
      ignored("@DefaultChallenge", on, violation);
      return null;
    }
    Challenge c = Challenge.of(a.scheme());
    return (a.realm().isEmpty() ? c : c.realm(a.realm())).value();
  }

  private static @Nullable URI typeBase(@Nullable ProblemTypeBase a, AnnotatedElement on) {
    if (a == null) {
      return null;
    }
    String violation = DeclarationRules.problemTypeBase(a.value());
    if (violation != null) {
      ignored("@ProblemTypeBase", on, violation);
      return null;
    }
    return URI.create(a.value());
  }

  /**
   * The last line of defence, for a class no deployment check saw (the feature checks the
   * registered classes at start-up): the declaration's rule, in the processor's words, once.
   */
  private static void ignored(String what, AnnotatedElement on, String violation) {
    LOG.log(System.Logger.Level.ERROR, "StatusKit ignores " + what + " on " + on + ": " + violation);
  }

  /**
   * The rule for one element of a cause chain (the engine walks the chain): the method's rules
   * before the class's, each by nearest superclass.
   */
  @Nullable Rule rule(Class<?> type) {
    if (methodRules.isEmpty() && classRules.isEmpty()) {
      return null;
    }
    Rule r = nearest(methodRules, type);
    return r != null ? r : nearest(classRules, type);
  }

  private static @Nullable Rule nearest(Map<Class<?>, Rule> rules, Class<?> type) {
    if (rules.isEmpty()) {
      return null;
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Rule r = rules.get(c);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  @Override
  public @Nullable String retryAfter() {
    return retryAfter;
  }

  @Override
  public @Nullable String challenge() {
    return challenge;
  }

  /** Resolves a relative problem type against the base, if there is one. */
  @Override
  public URI type(URI type) {
    return typeBase == null || type.isAbsolute() ? type : typeBase.resolve(type);
  }
}
