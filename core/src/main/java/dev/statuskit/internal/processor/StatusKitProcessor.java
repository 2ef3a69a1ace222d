package dev.statuskit.internal.processor;

import static dev.statuskit.internal.DeclarationRules.DEFAULT_CHALLENGE;
import static dev.statuskit.internal.DeclarationRules.DEFAULT_RETRY_AFTER;
import static dev.statuskit.internal.DeclarationRules.HTTP_PROBLEM;
import static dev.statuskit.internal.DeclarationRules.INDEX_RESOURCE;
import static dev.statuskit.internal.DeclarationRules.MAP_EXCEPTION;
import static dev.statuskit.internal.DeclarationRules.MAP_EXCEPTIONS;
import static dev.statuskit.internal.DeclarationRules.PROBLEM_EXTENSION;
import static dev.statuskit.internal.DeclarationRules.PROBLEM_TYPE_BASE;

import dev.statuskit.HttpStatus;
import dev.statuskit.internal.DeclarationRules;
import dev.statuskit.representation.ProblemCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * Reports every misdeclared StatusKit annotation as a compile error, with the message
 * {@link dev.statuskit.internal.Declarations#check} gives at deployment, and lists the
 * {@code @HttpProblem} classes in {@value DeclarationRules#INDEX_RESOURCE}; writes the catalog of
 * the compilation's problem types and the resource methods that produce them to
 * {@value ProblemCatalog#RESOURCE}.
 *
 * <p>The JAX-RS annotations are read by qualified name, so the processor works whether or not the
 * JAX-RS adapter is on the class path.
 *
 * @since 0.3.0
 */
public final class StatusKitProcessor extends AbstractProcessor {

  private final Set<String> problemTypes = new TreeSet<>();
  /** The catalog's entries, in the order found; merged when written. */
  private final List<ProblemCatalog.ProblemType> catalog = new ArrayList<>();

  /** The JAX-RS request method designators a resource method is found by. */
  private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
  private static final String JAXRS = "jakarta.ws.rs.";

  /** Made by {@link java.util.ServiceLoader} or by a build tool. */
  public StatusKitProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new java.util.HashSet<>(Set.of(HTTP_PROBLEM, PROBLEM_EXTENSION, MAP_EXCEPTION,
        MAP_EXCEPTIONS, DEFAULT_RETRY_AFTER, DEFAULT_CHALLENGE, PROBLEM_TYPE_BASE));
    HTTP_METHODS.forEach(m -> names.add(JAXRS + m));
    return Set.copyOf(names);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      writeIndex();
      writeCatalog();
      return false;
    }
    Set<Element> endpoints = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (name.startsWith(JAXRS)) {
          if (e instanceof ExecutableElement method && e.getKind() == ElementKind.METHOD) {
            catalogResourceMethod(method, name.substring(JAXRS.length()));
          }
        } else if (name.equals(HTTP_PROBLEM) && e instanceof TypeElement t) {
          // Subclasses inherit the annotation: they are problem types too, but the declaration is checked once.
          problemTypes.add(binaryName(t));
          direct(e, HTTP_PROBLEM).ifPresent(m -> checkHttpProblem(t, m));
          ProblemCatalog.ProblemType entry = catalogEntry(t, null);
          if (entry != null) {
            catalog.add(entry);
          }
        } else if (name.equals(PROBLEM_EXTENSION)) {
          direct(e, PROBLEM_EXTENSION).ifPresent(m -> checkExtension(e, m));
        } else if (!name.equals(HTTP_PROBLEM)) {
          endpoints.add(e);
        }
      }
    }
    endpoints.forEach(this::checkEndpoint);
    return false; // claims nothing: other processors may want the JAX-RS annotations it reads
  }

  private void checkHttpProblem(TypeElement type, AnnotationMirror m) {
    String element = DeclarationRules.classElement(binaryName(type));
    if (value(m, "status") instanceof Integer status) {
      error(DeclarationRules.problemStatus(status), "@HttpProblem", element, type, m);
    }
    if (value(m, "type") instanceof String t) {
      error(DeclarationRules.problemType(t), "@HttpProblem", element, type, m);
    }
    for (String key : new String[] {"titleKey", "detailKey"}) {
      if (value(m, key) instanceof String k) {
        error(DeclarationRules.messageKey(key, k), "@HttpProblem", element, type, m);
      }
    }
  }

  private void checkExtension(Element member, AnnotationMirror m) {
    TypeElement owner = (TypeElement) Objects.requireNonNull(member.getEnclosingElement());
    boolean isStatic = member.getModifiers().contains(Modifier.STATIC);
    String element;
    String name;
    if (!(value(m, "value") instanceof String value)) {
      return;
    }
    if (member instanceof ExecutableElement method) {
      element = DeclarationRules.methodElement(binaryName(owner), method.getSimpleName().toString(),
          parameterTypes(method));
      name = DeclarationRules.extensionMemberName(value, method.getSimpleName().toString(), true);
      error(DeclarationRules.extensionMethod(isStatic, method.getParameters().size(),
          method.getReturnType().getKind() == TypeKind.VOID), "@ProblemExtension", element, member, m);
    } else {
      element = DeclarationRules.fieldElement(binaryName(owner), member.getSimpleName().toString());
      name = DeclarationRules.extensionMemberName(value, member.getSimpleName().toString(), false);
      error(DeclarationRules.extensionField(isStatic), "@ProblemExtension", element, member, m);
    }
    error(DeclarationRules.extensionName(name), "@ProblemExtension", element, member, m);
    TypeElement throwable = processingEnv.getElementUtils().getTypeElement("java.lang.Throwable");
    boolean isThrowable = throwable != null && processingEnv.getTypeUtils().isSubtype(
        processingEnv.getTypeUtils().erasure(owner.asType()), throwable.asType());
    error(DeclarationRules.extensionOwner(isThrowable), "@ProblemExtension", element, member, m);
  }

  private void checkEndpoint(Element e) {
    String element;
    boolean challenge;
    if (e instanceof TypeElement t) {
      element = DeclarationRules.classElement(binaryName(t));
      challenge = any(processingEnv.getElementUtils().getAllAnnotationMirrors(t), DEFAULT_CHALLENGE);
    } else if (e instanceof ExecutableElement method && e.getKind() == ElementKind.METHOD) {
      TypeElement owner = (TypeElement) Objects.requireNonNull(method.getEnclosingElement());
      element = DeclarationRules.methodElement(binaryName(owner), method.getSimpleName().toString(),
          parameterTypes(method));
      challenge = any(method.getAnnotationMirrors(), DEFAULT_CHALLENGE)
          || any(processingEnv.getElementUtils().getAllAnnotationMirrors(owner), DEFAULT_CHALLENGE);
    } else {
      return;
    }
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      switch (qualifiedName(m)) {
        case MAP_EXCEPTION -> checkMapException(e, element, m, m, challenge);
        case MAP_EXCEPTIONS -> {
          for (AnnotationValue v : arrayValue(m, "value")) {
            if (v.getValue() instanceof AnnotationMirror one) {
              checkMapException(e, element, m, one, challenge);
            }
          }
        }
        case DEFAULT_RETRY_AFTER -> {
          if (value(m, "seconds") instanceof Long seconds) {
            error(DeclarationRules.retryAfterSeconds(seconds), "@DefaultRetryAfter", element, e, m);
          }
        }
        case DEFAULT_CHALLENGE -> {
          if (value(m, "scheme") instanceof String scheme && value(m, "realm") instanceof String realm) {
            error(DeclarationRules.challenge(scheme, realm), "@DefaultChallenge", element, e, m);
          }
        }
        case PROBLEM_TYPE_BASE -> {
          if (value(m, "value") instanceof String base) {
            error(DeclarationRules.problemTypeBase(base), "@ProblemTypeBase", element, e, m);
          }
        }
        default -> {
          // Not a StatusKit annotation.
        }
      }
    }
  }

  /**
   * One {@code @MapException}; {@code on} is the mirror the error points at, the container when
   * the annotation was repeated (javac places a diagnostic only on a mirror written on the element).
   */
  private void checkMapException(Element e, String element, AnnotationMirror on, AnnotationMirror m,
      boolean challenge) {
    Object exception = value(m, "exception");
    String name = exception instanceof DeclaredType d && d.asElement() instanceof TypeElement t
        ? binaryName(t) : String.valueOf(exception);
    String annotation = "@MapException(exception = " + name + ".class)";
    if (value(m, "status") instanceof Integer status) {
      error(DeclarationRules.mapExceptionStatus(status, challenge), annotation, element, e, on);
    }
    if (value(m, "type") instanceof String type) {
      error(DeclarationRules.mapExceptionType(type), annotation, element, e, on);
    }
  }

  private void error(@Nullable String violation, String annotation, String elementName, Element e,
      AnnotationMirror m) {
    if (violation != null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          DeclarationRules.report(annotation, elementName, violation), e, m);
    }
  }

  private void writeIndex() {
    if (problemTypes.isEmpty()) {
      return;
    }
    Set<String> lines = new TreeSet<>(problemTypes);
    try {
      // An incremental build compiles only some classes: the others listed before stay if they still exist.
      FileObject old = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", INDEX_RESOURCE);
      try (Reader r = old.openReader(true); BufferedReader in = new BufferedReader(r)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String name = line.trim();
          if (!name.isEmpty() && !name.startsWith("#")
              && processingEnv.getElementUtils().getTypeElement(name.replace('$', '.')) != null) {
            lines.add(name);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // No earlier index.
    }
    try {
      FileObject index = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_RESOURCE);
      try (Writer w = index.openWriter()) {
        for (String line : lines) {
          w.write(line);
          w.write('\n');
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
          "StatusKit could not write " + INDEX_RESOURCE + ": " + e.getMessage()
          + "; deployment will not check the @HttpProblem classes of this compilation");
    }
  }

  // ------------------------------------------------------------------ catalog

  /**
   * What a resource method can answer: its {@code throws} clause, the {@code @MapException} rules on
   * it and its class, and the validation problem when a parameter is validated.
   */
  private void catalogResourceMethod(ExecutableElement method, String httpMethod) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    ProblemCatalog.Producer producer = new ProblemCatalog.Producer(binaryName(owner) + "#" + method.getSimpleName(),
        httpMethod, joinPath(pathOf(owner), pathOf(method)));
    int first = catalog.size();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (processingEnv.getTypeUtils().asElement(thrown) instanceof TypeElement t) {
        ProblemCatalog.ProblemType entry = catalogEntry(t, producer);
        if (entry != null) {
          catalog.add(entry);
        }
      }
    }
    if (validated(method)) {
      catalog.add(DeclarationRules.validationProblem(producer));
    }
    for (Element on : List.of(owner, method)) {
      for (AnnotationMirror m : on.getAnnotationMirrors()) {
        if (qualifiedName(m).equals(MAP_EXCEPTION)) {
          catalogMapException(m, producer);
        } else if (qualifiedName(m).equals(MAP_EXCEPTIONS)) {
          for (AnnotationValue v : arrayValue(m, "value")) {
            if (v.getValue() instanceof AnnotationMirror one) {
              catalogMapException(one, producer);
            }
          }
        }
      }
    }
    // The endpoint defaults resolve a relative type against the method's, else the class's @ProblemTypeBase.
    String base = direct(method, PROBLEM_TYPE_BASE).or(() -> direct(owner, PROBLEM_TYPE_BASE))
        .map(m -> value(m, "value") instanceof String v ? v : null).orElse(null);
    for (int i = first; i < catalog.size(); i++) {
      catalog.set(i, DeclarationRules.resolvedType(catalog.get(i), base));
    }
  }

  /** Whether a parameter carries {@code @Valid} or a Bean Validation constraint (meta-annotated {@code @Constraint}). */
  private static boolean validated(ExecutableElement method) {
    for (VariableElement p : method.getParameters()) {
      for (AnnotationMirror m : p.getAnnotationMirrors()) {
        if (qualifiedName(m).equals(DeclarationRules.VALID)
            || any(m.getAnnotationType().asElement().getAnnotationMirrors(), DeclarationRules.CONSTRAINT)) {
          return true;
        }
      }
    }
    return false;
  }

  private void catalogMapException(AnnotationMirror m, ProblemCatalog.Producer producer) {
    if (!(value(m, "exception") instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement exception)
        || !(value(m, "status") instanceof Integer status) || status < 400 || status > 599) {
      return; // a misdeclaration, reported by the checks
    }
    String type = value(m, "type") instanceof String t && !t.isEmpty() ? t : "about:blank";
    String title = value(m, "title") instanceof String t && !t.isEmpty() ? t : defaultTitle(type, status);
    String description = value(m, "description") instanceof String t && !t.isEmpty() ? t : null;
    catalog.add(new ProblemCatalog.ProblemType(type, status, title, description, binaryName(exception), Map.of(),
        ProblemCatalog.requiredFields(status), List.of(producer)));
  }

  /** The entry of an {@code @HttpProblem} class (own or inherited annotation) or of a StatusKit exception; else null. */
  private ProblemCatalog.@Nullable ProblemType catalogEntry(TypeElement t, ProblemCatalog.@Nullable Producer producer) {
    List<ProblemCatalog.Producer> producers = producer == null ? List.of() : List.of(producer);
    for (AnnotationMirror m : processingEnv.getElementUtils().getAllAnnotationMirrors(t)) {
      if (qualifiedName(m).equals(HTTP_PROBLEM)) {
        if (!(value(m, "status") instanceof Integer status) || !(value(m, "type") instanceof String type)
            || DeclarationRules.problemStatus(status) != null || DeclarationRules.problemType(type) != null) {
          return null; // misdeclared: reported as an error
        }
        String title = value(m, "title") instanceof String s && !s.isEmpty() ? s : defaultTitle(type, status);
        String description = value(m, "description") instanceof String s && !s.isEmpty() ? s : firstSentence(t);
        return new ProblemCatalog.ProblemType(type, status, title, description, binaryName(t), members(t),
            ProblemCatalog.requiredFields(status), producers);
      }
    }
    TypeElement httpException = processingEnv.getElementUtils().getTypeElement("dev.statuskit.HttpException");
    if (httpException != null && processingEnv.getTypeUtils().isSubtype(t.asType(), httpException.asType())
        && binaryName(t).equals("dev.statuskit." + t.getSimpleName())) {
      return ProblemCatalog.statusOfExceptionName(t.getSimpleName().toString())
          .map(s -> new ProblemCatalog.ProblemType("about:blank", s.code(), s.reasonPhrase(), null, binaryName(t),
              Map.of(), ProblemCatalog.requiredFields(s.code()), producers))
          .orElse(null);
    }
    return null;
  }

  private static @Nullable String defaultTitle(String type, int status) {
    return type.equals("about:blank") ? HttpStatus.resolve(status).map(HttpStatus::reasonPhrase).orElse(null) : null;
  }

  /** The first sentence of the class's javadoc, without tags and markup; null without javadoc. */
  private @Nullable String firstSentence(TypeElement t) {
    String doc = processingEnv.getElementUtils().getDocComment(t);
    if (doc == null) {
      return null;
    }
    String text = ("\n" + doc).split("\n\\s*@", 2)[0]
        .replaceAll("\\{@(?:code|literal|link|linkplain) +(?:[^ }]+ +)?([^}]*)}", "$1")
        .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    int end = text.indexOf(". ");
    String sentence = end >= 0 ? text.substring(0, end + 1) : text;
    return sentence.isEmpty() ? null : sentence;
  }

  /** The {@code @ProblemExtension} members of a class and its superclasses, with their JSON types. */
  private Map<String, String> members(TypeElement type) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (TypeElement k = type; k != null && !k.getQualifiedName().contentEquals("java.lang.Throwable");
        k = processingEnv.getTypeUtils().asElement(k.getSuperclass()) instanceof TypeElement s ? s : null) {
      for (Element e : k.getEnclosedElements()) {
        AnnotationMirror m = direct(e, PROBLEM_EXTENSION).orElse(null);
        if (e.getModifiers().contains(Modifier.STATIC) || m == null || !(value(m, "value") instanceof String v)) {
          continue;
        }
        if (e instanceof ExecutableElement method && method.getParameters().isEmpty()) {
          out.putIfAbsent(DeclarationRules.extensionMemberName(v, method.getSimpleName().toString(), true),
              jsonType(method.getReturnType()));
        } else if (e instanceof VariableElement field) {
          out.putIfAbsent(DeclarationRules.extensionMemberName(v, field.getSimpleName().toString(), false),
              jsonType(field.asType()));
        }
      }
    }
    return out;
  }

  private String jsonType(TypeMirror type) {
    javax.lang.model.util.Types types = processingEnv.getTypeUtils();
    TypeMirror erased = types.erasure(type);
    String name;
    String kind = "";
    if (erased instanceof ArrayType a) {
      name = types.erasure(a.getComponentType()).toString() + "[]";
    } else if (erased.getKind().isPrimitive()) {
      name = erased.toString();
    } else if (types.asElement(erased) instanceof TypeElement t) {
      name = t.getQualifiedName().toString();
      kind = t.getKind() == ElementKind.ENUM ? "enum" : t.getKind() == ElementKind.RECORD ? "record" : "";
    } else {
      return "any";
    }
    return ProblemCatalog.jsonType(name, other -> {
      TypeElement o = processingEnv.getElementUtils().getTypeElement(other);
      return o != null && types.isSubtype(erased, types.erasure(o.asType()));
    }, kind);
  }

  private static String pathOf(Element e) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (qualifiedName(m).equals(JAXRS + "Path")) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : m.getElementValues().entrySet()) {
          if (v.getKey().getSimpleName().contentEquals("value") && v.getValue().getValue() instanceof String s) {
            return s;
          }
        }
      }
    }
    return "";
  }

  private static String joinPath(String classPath, String methodPath) {
    String a = classPath.replaceAll("^/+|/+$", "");
    String b = methodPath.replaceAll("^/+|/+$", "");
    return "/" + a + (a.isEmpty() || b.isEmpty() ? "" : "/") + b;
  }

  private void writeCatalog() {
    if (catalog.isEmpty()) {
      return;
    }
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          ProblemCatalog.RESOURCE);
      try (Writer w = file.openWriter()) {
        w.write(ProblemCatalog.of(catalog).sorted().toJson()); // the same file whatever order javac hands elements in
      }
    } catch (IOException | RuntimeException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
          "StatusKit could not write " + ProblemCatalog.RESOURCE + ": " + e.getMessage()
          + "; the problem catalog falls back to reflection at run time");
    }
  }

  private String binaryName(TypeElement t) {
    return processingEnv.getElementUtils().getBinaryName(t).toString();
  }

  private List<String> parameterTypes(ExecutableElement method) {
    List<String> names = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      names.add(simpleName(processingEnv.getTypeUtils().erasure(p.asType())));
    }
    return names;
  }

  /** What {@link Class#getSimpleName()} gives for the same erased type. */
  private static String simpleName(TypeMirror type) {
    if (type instanceof ArrayType a) {
      return simpleName(a.getComponentType()) + "[]";
    }
    if (type instanceof DeclaredType d) {
      return d.asElement().getSimpleName().toString();
    }
    return type.toString();
  }

  private static java.util.Optional<AnnotationMirror> direct(Element e, String annotation) {
    return e.getAnnotationMirrors().stream().filter(m -> qualifiedName(m).equals(annotation))
        .map(m -> (AnnotationMirror) m).findFirst();
  }

  private static boolean any(List<? extends AnnotationMirror> mirrors, String annotation) {
    return mirrors.stream().anyMatch(m -> qualifiedName(m).equals(annotation));
  }

  private static String qualifiedName(AnnotationMirror m) {
    return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** A member's value; not of the member's type when the source has an error there, which javac reports itself. */
  private @Nullable Object value(AnnotationMirror m, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : processingEnv.getElementUtils().getElementValuesWithDefaults(m).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        Object v = e.getValue().getValue();
        // javac gives an unresolvable constant of type String as this text; javac reports the error itself.
        return "<error>".equals(v) ? null : v;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> arrayValue(AnnotationMirror m, String member) {
    return value(m, member) instanceof List<?> l ? (List<? extends AnnotationValue>) l : List.of();
  }
}
