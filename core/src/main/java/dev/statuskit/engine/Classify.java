package dev.statuskit.engine;

import dev.statuskit.HttpException;
import dev.statuskit.HttpProblem;
import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemExtension;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.internal.DeclarationRules;
import dev.statuskit.internal.Declarations;
import dev.statuskit.spi.ProblemEvent;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Stage 1 of {@link ProblemEngine}: what a throwable means. The order is documented on the engine;
 * this class keeps it. Immutable and thread-safe; annotation metadata is read once per class.
 */
final class Classify {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private static final ClassValue<AnnotationModel> ANNOTATIONS = new ClassValue<>() {
    @Override
    protected AnnotationModel computeValue(Class<?> type) {
      return AnnotationModel.of(type);
    }
  };

  record Mapping(HttpStatus status, URI type, @Nullable String title) {}

  private static final Mapping NO_MAPPING = new Mapping(HttpStatus.INTERNAL_SERVER_ERROR, Problem.ABOUT_BLANK, null);

  private final Settings settings;
  private final Map<Class<? extends Throwable>, Mapping> mappings;
  private final Map<Class<?>, Mapping> mappingCache = new ConcurrentHashMap<>();
  private final List<ProblemEngine.Classifier> classifiers;
  private final Localize localize;

  Classify(Settings settings, Map<Class<? extends Throwable>, Mapping> mappings,
      List<ProblemEngine.Classifier> classifiers, Localize localize) {
    this.settings = settings;
    this.mappings = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
    this.classifiers = classifiers;
    this.localize = localize;
  }

  /**
   * What a throwable means; {@code adapterRequest} is the adapter's request, which the classifiers
   * get as a {@link ClassifiedRequest} (that also answers the language), made only when there are
   * classifiers to ask.
   */
  ProblemEngine.Classification classify(Throwable thrown, ProblemEngine.Request adapterRequest) {
    ProblemEngine.Request request = classifiers.isEmpty() ? adapterRequest
        : new ClassifiedRequest(adapterRequest, localize);
    ProblemEngine.Classification first = one(thrown, thrown, request);
    if (first != null) {
      return first; // the common case: no cause chain to walk, so no set of seen throwables to build
    }
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(thrown);
    Throwable t = thrown.getCause();
    for (int depth = 1; t != null && depth < ProblemEngine.MAX_CAUSE_DEPTH && seen.add(t); depth++) {
      ProblemEngine.Classification c = one(thrown, t, request);
      if (c != null) {
        return c;
      }
      t = t.getCause();
    }
    return unhandled(thrown);
  }

  /** 500 with no detail (unless details are exposed): what nothing maps. */
  ProblemEngine.Classification unhandled(Throwable thrown) {
    Problem.Builder p = Problem.builder().status(HttpStatus.INTERNAL_SERVER_ERROR);
    if (settings.exposeDetails()) {
      p.detail(thrown.getClass().getName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()));
    }
    return new ProblemEngine.Classification(HttpStatus.INTERNAL_SERVER_ERROR, HeaderFields.empty(), p.build(),
        ProblemEvent.Origin.UNHANDLED, thrown, thrown, null);
  }

  private ProblemEngine.@Nullable Classification one(Throwable thrown, Throwable t, ProblemEngine.Request request) {
    if (t instanceof HttpException h) {
      // ProblemEngine.handle puts the same in its draft for a thrown HttpException (Draft.of).
      return new ProblemEngine.Classification(h.getStatus(), h.getHeaders(), h.toProblem(),
          ProblemEvent.Origin.HTTP_EXCEPTION, thrown, t, null);
    }
    for (ProblemEngine.Classifier classifier : classifiers) {
      ProblemEngine.Classification c = classifier.classify(t, request, settings);
      if (c != null) {
        return c.from(thrown, t);
      }
    }
    AnnotationModel model = ANNOTATIONS.get(t.getClass());
    if (model.status != null) {
      Problem.Builder p = Problem.builder().type(model.type).title(model.title).status(model.status);
      boolean client = model.status.code() < 500;
      if (client && model.messageAsDetail && t.getMessage() != null) {
        p.detail(t.getMessage());
      } else if (!client && settings.exposeDetails() && t.getMessage() != null) {
        p.detail(t.getMessage());
      }
      model.addExtensions(t, p);
      return new ProblemEngine.Classification(model.status, HeaderFields.empty(), p.build(),
          ProblemEvent.Origin.ANNOTATED, thrown, t, null);
    }
    if (!mappings.isEmpty()) {
      Mapping m = mappingCache.computeIfAbsent(t.getClass(), this::findMapping);
      if (m != NO_MAPPING) {
        Problem.Builder p = Problem.builder().type(m.type).title(m.title).status(m.status);
        if (m.status.code() >= 500 && settings.exposeDetails() && t.getMessage() != null) {
          p.detail(t.getMessage());
        }
        return new ProblemEngine.Classification(m.status, HeaderFields.empty(), p.build(),
            ProblemEvent.Origin.MAPPED, thrown, t, null);
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

  /** The status of a mapping, checked by the rule {@code @HttpProblem} follows too. */
  static HttpStatus checkMappable(int code, String what) {
    String violation = DeclarationRules.problemStatus(code);
    if (violation != null) {
      throw new IllegalArgumentException(what + ": " + violation);
    }
    return HttpStatus.valueOf(code);
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
      // The deployment check fails on these already; a class it never saw (loaded later, not listed
      // by the annotation processor) is reported here, once, with the same messages.
      List<String> violations = Declarations.check(c);
      if (!violations.isEmpty()) {
        LOG.log(System.Logger.Level.ERROR, "StatusKit ignores @HttpProblem on " + c.getName() + " and answers it as"
            + " unhandled: " + String.join("; ", violations));
        return new AnnotationModel(null, Problem.ABOUT_BLANK, null, false, List.of());
      }
      try {
        HttpStatus status = HttpStatus.valueOf(a.status());
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
