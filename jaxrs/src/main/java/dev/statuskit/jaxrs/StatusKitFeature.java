package dev.statuskit.jaxrs;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import dev.statuskit.internal.ConformanceGuard;
import dev.statuskit.internal.Declarations;
import dev.statuskit.representation.ProblemCatalog;
import dev.statuskit.representation.ProblemDocs;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes a Jakarta REST application answer every error with RFC 9457 problem details and the header
 * fields its status requires.
 *
 * <p>Listed in {@code META-INF/services/jakarta.ws.rs.core.Feature}, so Jersey and RESTEasy
 * register it as soon as the jar is on the class path (REST 3.1 §4.1.4); an {@code Application}
 * whose properties set {@code jakarta.ws.rs.loadServices=false} turns that off. CXF loads no
 * services: register it yourself, for example
 * {@code factoryBean.setProviders(List.of(new StatusKitFeature()))}. Registering it more than once
 * is harmless: the first registration installs the providers, a later one made with an explicit
 * {@link ProblemEngine} replaces the defaults of an automatic one, and nothing is installed twice.
 *
 * <p>It registers, at priority {@value #PRIORITY} ({@code Priorities.USER + 500}, so an
 * application's own mapper for the same type wins):
 * <ul>
 *   <li>a mapper for StatusKit's {@link dev.statuskit.HttpException}s;
 *   <li>a mapper for entity-less {@code WebApplicationException}s that keeps their status and every
 *       header field and adds a problem body (off with {@code statuskit.map-web-application-exceptions=false});
 *   <li>a mapper for any other {@code Throwable}: {@link MapException} rules, JSON read failures (400),
 *       and otherwise a safe 500 with an occurrence id (off with {@code statuskit.map-unhandled=false});
 *   <li>when Bean Validation is present, a mapper for {@code ConstraintViolationException} (400, or 422 with
 *       {@code statuskit.validation-status=422}); when JSON-B or Jackson is present, mappers for their
 *       exceptions;
 *   <li>a {@code MessageBodyWriter} for {@link dev.statuskit.Problem};
 *   <li>a {@code DynamicFeature} that adds the {@code RateLimit-Policy} of {@link QuotaPolicy} to the
 *       responses of the endpoints that declare one.
 *   <li>a response filter that gives a problem body to the runtime's empty 400 for an {@code Accept}
 *       field it cannot parse (Jersey answers it before any mapper runs).
 *   <li>when {@code statuskit.problem-docs} names a base, a pre-matching request filter that answers
 *       {@code GET} on the problem type URIs under it with their documentation
 *       ({@link ProblemDocs}, from the {@link ProblemCatalog} on the class path, or found by
 *       reflection on the registered resources).
 * </ul>
 *
 * <p>Every mapper hands its exception to the registration's one {@link ProblemEngine}, with this
 * adapter's classification steps in the engine's order (an entity-less
 * {@code WebApplicationException}, the endpoint's {@link MapException} rules, malformed request
 * content, Bean Validation; see {@link ProblemEngine} for the whole order), and turns the engine's
 * answer into the response, unchanged: status, every header field, {@code Content-Type}, the bytes.
 *
 * <p>Settings ({@code statuskit.*}) are read from the application's properties, then system
 * properties, then environment variables, unless a {@link ProblemEngine} is given. This adapter's
 * own keys are {@link #VALIDATION_STATUS}, {@link #MAP_WEB_APPLICATION_EXCEPTIONS} and
 * {@link #FAST_THROWN_EXCEPTIONS}. With
 * {@code statuskit.conformance-guard=true} every response of the application is checked against
 * RFC 9110 and RFC 9457 as its last response filter: a 405 without {@code Allow} gets the methods
 * of the resource model, a missing {@code Date} is added, and other violations are logged and sent
 * to the {@code ConformanceListener}s once per route, status and rule.
 *
 * @since 0.1.0
 */
public final class StatusKitFeature implements Feature {

  /** The priority of StatusKit's providers: after the application's ({@code Priorities.USER}). */
  public static final int PRIORITY = Priorities.USER + 500;

  /** The configuration property under which the first registration leaves its state. */
  static final String STATE_PROPERTY = "dev.statuskit.jaxrs.state";

  static final boolean VALIDATION_PRESENT = present("jakarta.validation.ConstraintViolationException");
  static final boolean JSONB_PRESENT = present("jakarta.json.bind.JsonbException");
  static final boolean JACKSON_PRESENT = present("com.fasterxml.jackson.core.JsonProcessingException");
  static final boolean JERSEY_PRESENT = present("org.glassfish.jersey.server.spi.internal.ResourceMethodInvocationHandlerProvider");

  /** Key: the status of Bean Validation failures, 400 or 422. */
  public static final Settings.Key<Integer> VALIDATION_STATUS = Settings.Key.oneOf("statuskit.validation-status",
      400, List.of(400, 422), "JAX-RS: the status of Bean Validation failures.");

  /** Key: problem bodies for entity-less {@code WebApplicationException}s. */
  public static final Settings.Key<Boolean> MAP_WEB_APPLICATION_EXCEPTIONS = Settings.Key.bool(
      "statuskit.map-web-application-exceptions", true,
      "JAX-RS: whether entity-less WebApplicationExceptions get problem bodies, keeping their status and header fields.");

  /** Key: on Jersey, StatusKit exceptions thrown by resource methods answered without Jersey's wrapping exceptions. */
  public static final Settings.Key<Boolean> FAST_THROWN_EXCEPTIONS = Settings.Key.bool(
      "statuskit.fast-thrown-exceptions", true,
      "JAX-RS on Jersey: whether a StatusKit exception thrown by a resource method, when no application mapper claims"
      + " its type, is answered without the two wrapping exceptions (and stack traces) of Jersey's exception path;"
      + " false leaves it to that path.");

  private final @Nullable ProblemEngine engine;

  /** The feature with settings from the application's properties, system properties and environment. */
  public StatusKitFeature() {
    this.engine = null;
  }

  /**
   * The feature with an engine the application built (its settings, mappings and hooks); this
   * adapter adds its own classification steps to it.
   *
   * @param engine for example {@code ProblemEngine.builder().map(OptimisticLockException.class, 409).build()}
   */
  public StatusKitFeature(ProblemEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** This adapter's keys, for {@link Settings#knownKeys()}. */
  public static final class Keys implements Settings.KeySet {
    /** Created by {@link java.util.ServiceLoader}. */
    public Keys() {
      // Nothing to set up.
    }

    @Override
    public List<Settings.Key<?>> keys() {
      return List.of(VALIDATION_STATUS, MAP_WEB_APPLICATION_EXCEPTIONS, FAST_THROWN_EXCEPTIONS);
    }
  }

  /** The engine with this adapter's classification steps after any the application added. */
  static ProblemEngine withClassifiers(ProblemEngine engine) {
    ProblemEngine.Builder b = engine.toBuilder();
    Classifiers.all().forEach(b::classifier);
    return b.build();
  }

  /**
   * Registers the providers, once per configuration.
   *
   * @param context the runtime's configuration
   * @return {@code true}: the feature is enabled
   * @throws IllegalArgumentException if a {@code statuskit.*} property is unknown or has a bad value
   * @throws IllegalStateException if a registered class, or an {@code @HttpProblem} class the
   *     annotation processor listed, misdeclares a StatusKit annotation
   */
  @Override
  public boolean configure(FeatureContext context) {
    Configuration config = context.getConfiguration();
    if (config.getProperty(STATE_PROPERTY) instanceof ProblemResponder existing) {
      if (engine != null) {
        existing.reconfigure(engine);
      }
      return true;
    }
    for (Object instance : config.getInstances()) {
      // Registered by an earlier configuration that did not share its properties with this one.
      if (instance instanceof ProblemMapperBase mapper) {
        if (engine != null) {
          mapper.responder.reconfigure(engine);
        }
        return true;
      }
    }
    if (config.isRegistered(HttpExceptionMapper.class)) {
      return true;
    }
    checkDeclarations(config);
    ProblemEngine e = withClassifiers(engine != null ? engine : ProblemEngine.create(settings(config)));
    ProblemResponder responder = new ProblemResponder(e, engine != null);
    context.property(STATE_PROPERTY, responder);
    Settings s = e.settings();
    context.register(new ProblemBodyWriter(responder), PRIORITY);
    HttpExceptionMapper httpExceptions = new HttpExceptionMapper(responder);
    responder.contextSource(httpExceptions);
    context.register(httpExceptions, PRIORITY);
    if (JERSEY_PRESENT && isJersey(context)) {
      responder.useJerseyResponses();
      JerseyRequests requests = JerseyRequests.of(context);
      if (requests != null) {
        responder.currentRequests(requests);
      }
      if (s.get(FAST_THROWN_EXCEPTIONS)) {
        JerseyThrownExceptions.register(context, responder, httpExceptions);
      }
    }
    context.register(new ProblemResponsesResolver(new ProblemResponses(responder)), PRIORITY);
    context.register(new QuotaPolicies()); // @QuotaPolicy: RateLimit-Policy on the endpoint's responses
    context.register(new MalformedAcceptFilter(responder), PRIORITY);
    String docsBase = s.get(Settings.PROBLEM_DOCS);
    if (!docsBase.isEmpty()) {
      context.register(new ProblemDocsFilter(ProblemDocs.of(ProblemCatalog.loadOrReflect(loader(),
          applicationClasses(config)), docsBase), responder), PRIORITY);
    }
    if (s.get(MAP_WEB_APPLICATION_EXCEPTIONS)) {
      context.register(new WebApplicationExceptionMapper(responder), PRIORITY);
    }
    if (s.mapUnhandled()) {
      context.register(new ThrowableMapper(responder), PRIORITY);
    }
    if (s.get(Settings.CONFORMANCE_GUARD)) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      context.register(new ConformanceGuardFilter(ConformanceGuard.load(loader)), ConformanceGuardFilter.PRIORITY);
      context.register(new ConformanceGuardFilter.Routes());
    }
    if (VALIDATION_PRESENT) {
      context.register(new ConstraintViolationMapper(responder), PRIORITY);
    }
    if (JSONB_PRESENT) {
      context.register(new JsonbExceptionMapper(responder), PRIORITY);
    }
    if (JACKSON_PRESENT) {
      context.register(new JacksonExceptionMapper(responder), PRIORITY);
    }
    return true;
  }

  /**
   * Fails the deployment, not the first request, on a misdeclared StatusKit annotation: of the
   * application's registered classes (its resources) and of the {@code @HttpProblem} classes the
   * annotation processor listed. A build that ran the processor has had the same messages as
   * compile errors already.
   */
  private static void checkDeclarations(Configuration config) {
    Declarations.requireValid(loader(), applicationClasses(config), "StatusKitFeature");
  }

  private static Set<Class<?>> applicationClasses(Configuration config) {
    Set<Class<?>> classes = new LinkedHashSet<>(config.getClasses());
    for (Object instance : config.getInstances()) {
      classes.add(instance.getClass());
    }
    return classes;
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : StatusKitFeature.class.getClassLoader();
  }

  private static Settings settings(Configuration config) {
    Map<String, String> props = new LinkedHashMap<>();
    config.getProperties().forEach((k, v) -> {
      if (k.startsWith("statuskit.") && v != null) {
        props.put(k, v.toString());
      }
    });
    List<Settings.Source> sources = new ArrayList<>();
    sources.add(new Settings.Source("JAX-RS application property", props));
    sources.add(Settings.Source.systemProperties());
    sources.add(Settings.Source.environment());
    return Settings.load(sources);
  }

  /** Whether the feature is being registered by Jersey (another runtime may have Jersey's classes on its class path). */
  private static boolean isJersey(FeatureContext context) {
    return context.getConfiguration().getClass().getName().startsWith("org.glassfish.jersey.");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, StatusKitFeature.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
