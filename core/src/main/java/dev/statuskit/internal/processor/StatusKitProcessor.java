package dev.statuskit.internal.processor;

import static dev.statuskit.internal.DeclarationRules.DEFAULT_CHALLENGE;
import static dev.statuskit.internal.DeclarationRules.DEFAULT_RETRY_AFTER;
import static dev.statuskit.internal.DeclarationRules.HTTP_PROBLEM;
import static dev.statuskit.internal.DeclarationRules.INDEX_RESOURCE;
import static dev.statuskit.internal.DeclarationRules.MAP_EXCEPTION;
import static dev.statuskit.internal.DeclarationRules.MAP_EXCEPTIONS;
import static dev.statuskit.internal.DeclarationRules.PROBLEM_EXTENSION;
import static dev.statuskit.internal.DeclarationRules.PROBLEM_TYPE_BASE;

import dev.statuskit.internal.DeclarationRules;
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
 * {@code @HttpProblem} classes in {@value DeclarationRules#INDEX_RESOURCE}.
 *
 * <p>The JAX-RS annotations are read by qualified name, so the processor works whether or not the
 * JAX-RS adapter is on the class path.
 *
 * @since 0.3.0
 */
public final class StatusKitProcessor extends AbstractProcessor {

  private final Set<String> problemTypes = new TreeSet<>();

  /** Made by {@link java.util.ServiceLoader} or by a build tool. */
  public StatusKitProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(HTTP_PROBLEM, PROBLEM_EXTENSION, MAP_EXCEPTION, MAP_EXCEPTIONS, DEFAULT_RETRY_AFTER,
        DEFAULT_CHALLENGE, PROBLEM_TYPE_BASE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      writeIndex();
      return false;
    }
    Set<Element> endpoints = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (name.equals(HTTP_PROBLEM) && e instanceof TypeElement t) {
          // Subclasses inherit the annotation: they are problem types too, but the declaration is checked once.
          problemTypes.add(binaryName(t));
          direct(e, HTTP_PROBLEM).ifPresent(m -> checkHttpProblem(t, m));
        } else if (name.equals(PROBLEM_EXTENSION)) {
          direct(e, PROBLEM_EXTENSION).ifPresent(m -> checkExtension(e, m));
        } else if (!name.equals(HTTP_PROBLEM)) {
          endpoints.add(e);
        }
      }
    }
    endpoints.forEach(this::checkEndpoint);
    return true;
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
