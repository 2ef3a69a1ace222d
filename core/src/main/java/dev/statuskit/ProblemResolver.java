package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Maps any {@link Throwable} to the status, header fields and problem to answer with. Both the
 * JAX-RS and the servlet adapter use it, so an exception gets the same answer on every path.
 *
 * <p>Resolution order, applied to the throwable and then to each cause in turn (at most
 * {@value #MAX_CAUSE_DEPTH} deep, stopping at a cycle); the first element that matches decides:
 * <ol>
 *   <li>an {@link HttpException}: its status, headers and {@link HttpException#toProblem() problem};
 *   <li>a class annotated with {@link HttpProblem} (inherited): status, type and title from the
 *       annotation, extension members from {@link ProblemExtension}, and for 4xx the message as
 *       {@code detail};
 *   <li>a mapping configured with {@link Builder#map}, by nearest superclass.
 * </ol>
 * Walking the causes lets a typed exception wrapped by a framework ({@code CompletionException},
 * {@code EJBException}, {@code ServletException}) keep its meaning. When nothing matches, the answer
 * is 500 Internal Server Error with no detail.
 *
 * <p>Every 5xx answer without an {@code instance} gets an occurrence id {@code urn:uuid:...}, for
 * the log record to quote. A 5xx problem from an annotation or from the fallback never carries the
 * exception message unless {@link Settings#exposeDetails()} is on.
 *
 * <p>Instances are immutable and thread-safe; annotation metadata is read once per class.
 *
 * @since 0.1
 */
public final class ProblemResolver {

  /** How deep the cause chain is searched. */
  public static final int MAX_CAUSE_DEPTH = 32;

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private static final ProblemResolver DEFAULT = builder().build();

  private static final ClassValue<AnnotationModel> ANNOTATIONS = new ClassValue<>() {
    @Override
    protected AnnotationModel computeValue(Class<?> type) {
      return AnnotationModel.of(type);
    }
  };

  private final Settings settings;
  private final Map<Class<? extends Throwable>, Mapping> mappings;
  private final Map<Class<?>, Mapping> mappingCache = new ConcurrentHashMap<>();
  private final Supplier<URI> occurrenceIds;

  private record Mapping(HttpStatus status, URI type, @Nullable String title) {}

  private static final Mapping NO_MAPPING = new Mapping(HttpStatus.INTERNAL_SERVER_ERROR, Problem.ABOUT_BLANK, null);

  private ProblemResolver(Builder b) {
    this.settings = b.settings;
    this.mappings = Collections.unmodifiableMap(new LinkedHashMap<>(b.mappings));
    this.occurrenceIds = b.occurrenceIds;
  }

  /**
   * The resolver with default settings and no mappings.
   *
   * @return the shared instance
   */
  public static ProblemResolver defaults() {
    return DEFAULT;
  }

  /**
   * A builder with default settings.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings this resolver applies.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * Resolves a throwable.
   *
   * @param thrown what was thrown
   * @return the answer; never fails for any throwable
   */
  public Resolution resolve(Throwable thrown) {
    Objects.requireNonNull(thrown, "thrown");
    Resolution first = resolveOne(thrown, thrown);
    if (first != null) {
      return first; // the common case: no cause chain to walk, so no set of seen throwables to build
    }
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(thrown);
    Throwable t = thrown.getCause();
    for (int depth = 1; t != null && depth < MAX_CAUSE_DEPTH && seen.add(t); depth++) {
      Resolution r = resolveOne(thrown, t);
      if (r != null) {
        return r;
      }
      t = t.getCause();
    }
    return unhandled(thrown);
  }

  /**
   * The answer for a throwable that nothing maps: 500 with an occurrence id and no detail (unless
   * details are exposed).
   *
   * @param thrown what was thrown
   * @return the resolution
   */
  public Resolution unhandled(Throwable thrown) {
    Problem.Builder p = Problem.builder(); // resolution() sets the status
    if (settings.exposeDetails()) {
      p.detail(thrown.getClass().getName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()));
    }
    return resolution(HttpStatus.INTERNAL_SERVER_ERROR, HeaderFields.empty(), p, thrown, thrown, Resolution.Kind.UNHANDLED);
  }

  /**
   * The resolution of an error status that no exception explains (a runtime's own 404, a
   * {@code sendError}, a container error page): the status's problem, with {@code detail} for a 4xx
   * (for a 5xx only when details are exposed, since such text may carry internals; never when it
   * merely repeats the reason phrase) and an occurrence id for a 5xx.
   *
   * @param status the status
   * @param headers the header fields the response already carries, kept as they are
   * @param detail the text that came with the status, or {@code null}
   * @param standIn what the log record shows in place of an exception
   * @return a resolution of kind {@link Resolution.Kind#STATUS}
   */
  public Resolution forStatus(HttpStatus status, HeaderFields headers, @Nullable String detail, Throwable standIn) {
    Problem.Builder p = Problem.builder();
    if (detail != null && !detail.isBlank() && (status.code() < 500 || settings.exposeDetails())
        && !detail.equalsIgnoreCase(status.reasonPhrase())) {
      p.detail(detail);
    }
    return resolution(status, headers, p, standIn, standIn, Resolution.Kind.STATUS);
  }

  /**
   * Completes a problem for a status: sets the status, and for a 5xx without {@code instance} an
   * occurrence id. The one place that rule lives; adapters that build a problem themselves (from a
   * runtime's own error response, say) go through it too.
   *
   * @param status the status of the response
   * @param headers the header fields
   * @param problem the problem so far
   * @param thrown what was thrown
   * @param source what decided the answer
   * @param kind how it was found
   * @return the resolution
   */
  public Resolution resolution(HttpStatus status, HeaderFields headers, Problem.Builder problem, Throwable thrown,
      Throwable source, Resolution.Kind kind) {
    problem.status(status);
    return finish(status, headers, problem.build(), thrown, source, kind);
  }

  /** As above, for a problem whose status is already {@code status}. */
  private Resolution finish(HttpStatus status, HeaderFields headers, Problem built, Throwable thrown,
      Throwable source, Resolution.Kind kind) {
    if (status.code() >= 500 && built.instance().isEmpty()) {
      built = built.withInstance(occurrenceIds.get());
    }
    return new Resolution(status, headers, built, thrown, source, kind);
  }

  /**
   * A new occurrence id, as put into the {@code instance} of 5xx problems.
   *
   * @return for example {@code urn:uuid:0b9f...}
   */
  public URI newOccurrenceId() {
    return occurrenceIds.get();
  }

  private @Nullable Resolution resolveOne(Throwable thrown, Throwable t) {
    if (t instanceof HttpException h) {
      HttpStatus status = h.getStatus();
      Problem problem = h.toProblem();
      // toProblem() carries the exception's status; a subclass that answered otherwise is corrected.
      return problem.status().orElse(0) == status.code()
          ? finish(status, h.getHeaders(), problem, thrown, t, Resolution.Kind.HTTP_EXCEPTION)
          : resolution(status, h.getHeaders(), problem.toBuilder(), thrown, t, Resolution.Kind.HTTP_EXCEPTION);
    }
    AnnotationModel model = ANNOTATIONS.get(t.getClass());
    if (model.status != null) {
      Problem.Builder p = Problem.builder().type(model.type).title(model.title);
      boolean client = model.status.code() < 500;
      if (client && model.messageAsDetail && t.getMessage() != null) {
        p.detail(t.getMessage());
      } else if (!client && settings.exposeDetails() && t.getMessage() != null) {
        p.detail(t.getMessage());
      }
      model.addExtensions(t, p);
      return resolution(model.status, HeaderFields.empty(), p, thrown, t, Resolution.Kind.ANNOTATED);
    }
    if (!mappings.isEmpty()) {
      Mapping m = mappingCache.computeIfAbsent(t.getClass(), this::findMapping);
      if (m != NO_MAPPING) {
        Problem.Builder p = Problem.builder().type(m.type).title(m.title);
        if (m.status.code() >= 500 && settings.exposeDetails() && t.getMessage() != null) {
          p.detail(t.getMessage());
        }
        return resolution(m.status, HeaderFields.empty(), p, thrown, t, Resolution.Kind.MAPPED);
      }
    }
    return null;
  }

  private Mapping findMapping(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Mapping m = mappings.get(c);
      if (m != null) {
        return m;
      }
    }
    return NO_MAPPING;
  }

  /** Builds a {@link ProblemResolver}. Not thread-safe. */
  public static final class Builder {
    private Settings settings = Settings.defaults();
    private final Map<Class<? extends Throwable>, Mapping> mappings = new LinkedHashMap<>();
    private Supplier<URI> occurrenceIds = () -> URI.create("urn:uuid:" + UUID.randomUUID());

    private Builder() {}

    /**
     * Sets the settings.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder settings(Settings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Maps an exception type (and its subclasses, nearest superclass winning) to a status.
     *
     * @param type the exception class, typically a third-party one
     * @param status a 4xx or 5xx code that requires no header field
     * @return this builder
     * @throws IllegalArgumentException if the status is not an error or needs a header field
     */
    public Builder map(Class<? extends Throwable> type, int status) {
      return map(type, status, Problem.ABOUT_BLANK, null);
    }

    /**
     * Maps an exception type to a status and problem type.
     *
     * @param type the exception class
     * @param status a 4xx or 5xx code that requires no header field
     * @param problemType the problem type URI reference
     * @param title the title, or {@code null} for the default
     * @return this builder
     * @throws IllegalArgumentException if the status is not an error or needs a header field
     */
    public Builder map(Class<? extends Throwable> type, int status, URI problemType, @Nullable String title) {
      Objects.requireNonNull(type, "type");
      mappings.put(type, new Mapping(checkMappable(status, "mapping of " + type.getName()),
          Objects.requireNonNull(problemType, "problemType"), title));
      return this;
    }

    /**
     * Replaces the source of occurrence ids (for tests, or to reuse a tracing id).
     *
     * @param ids supplies a URI per 5xx occurrence
     * @return this builder
     */
    public Builder occurrenceIds(Supplier<URI> ids) {
      this.occurrenceIds = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The resolver.
     *
     * @return an immutable resolver
     */
    public ProblemResolver build() {
      return new ProblemResolver(this);
    }
  }

  static HttpStatus checkMappable(int code, String what) {
    HttpStatus status = HttpStatus.valueOf(code);
    if (code < 400) {
      throw new IllegalArgumentException(what + ": status " + code
          + " is not an error status; only 4xx and 5xx can be mapped without header fields");
    }
    if (!status.requiredHeaders().isEmpty()) {
      throw new IllegalArgumentException(what + ": status " + status + " requires " + status.requiredHeaders()
          + "; throw its typed exception (for example " + status.reasonPhrase().replace(" ", "") + "Exception) instead");
    }
    return status;
  }

  /** The {@link HttpProblem} metadata of one class, read once. */
  private static final class AnnotationModel {
    final @Nullable HttpStatus status;
    final URI type;
    final @Nullable String title;
    final boolean messageAsDetail;
    final List<Accessor> accessors;

    private record Accessor(String name, AccessibleObject member) {}

    private AnnotationModel(@Nullable HttpStatus status, URI type, @Nullable String title, boolean messageAsDetail,
        List<Accessor> accessors) {
      this.status = status;
      this.type = type;
      this.title = title;
      this.messageAsDetail = messageAsDetail;
      this.accessors = accessors;
    }

    static AnnotationModel of(Class<?> c) {
      HttpProblem a = c.getAnnotation(HttpProblem.class);
      if (a == null) {
        return new AnnotationModel(null, Problem.ABOUT_BLANK, null, false, List.of());
      }
      try {
        HttpStatus status = checkMappable(a.status(), "@HttpProblem on " + c.getName());
        URI type = new URI(a.type());
        List<Accessor> accessors = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Throwable.class; k = k.getSuperclass()) {
          for (Field f : k.getDeclaredFields()) {
            ProblemExtension e = f.getAnnotation(ProblemExtension.class);
            if (e != null && !Modifier.isStatic(f.getModifiers())) {
              accessors.add(accessor(c, e.value().isEmpty() ? f.getName() : e.value(), f));
            }
          }
          for (Method m : k.getDeclaredMethods()) {
            ProblemExtension e = m.getAnnotation(ProblemExtension.class);
            if (e != null) {
              if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
                throw new IllegalArgumentException("@ProblemExtension method " + m
                    + " must be an instance method without parameters");
              }
              accessors.add(accessor(c, e.value().isEmpty() ? propertyName(m.getName()) : e.value(), m));
            }
          }
        }
        return new AnnotationModel(status, type, a.title().isEmpty() ? null : a.title(), a.messageAsDetail(),
            List.copyOf(accessors));
      } catch (IllegalArgumentException | URISyntaxException e) {
        // A mis-annotated class must not break error handling: it is reported once and answered as unhandled.
        LOG.log(System.Logger.Level.ERROR, "StatusKit ignores @HttpProblem on " + c.getName() + ": " + e.getMessage());
        return new AnnotationModel(null, Problem.ABOUT_BLANK, null, false, List.of());
      }
    }

    private static Accessor accessor(Class<?> c, String name, AccessibleObject member) {
      if (!Problem.isValidExtensionName(name)) {
        throw new IllegalArgumentException("@ProblemExtension name \"" + name + "\" on " + ((Member) member).getName()
            + " does not match ^[A-Za-z][A-Za-z0-9_]{2,}$ or is a standard member (RFC 9457 §4)");
      }
      if (!member.trySetAccessible()) {
        throw new IllegalArgumentException("@ProblemExtension member " + ((Member) member).getName() + " of "
            + c.getName() + " is not accessible; open its package to dev.statuskit or make it public");
      }
      return new Accessor(name, member);
    }

    private static String propertyName(String method) {
      String base = method;
      if (method.startsWith("get") && method.length() > 3) {
        base = method.substring(3);
      } else if (method.startsWith("is") && method.length() > 2) {
        base = method.substring(2);
      }
      return base.equals(method) ? method : Character.toLowerCase(base.charAt(0)) + base.substring(1);
    }

    void addExtensions(Throwable t, Problem.Builder p) {
      for (Accessor a : accessors) {
        try {
          Object value = a.member instanceof Field f ? f.get(t) : ((Method) a.member).invoke(t);
          p.extension(a.name, value);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "StatusKit left out extension member " + a.name + " of "
              + t.getClass().getName() + ": its accessor failed", e);
        }
      }
    }
  }
}
