package dev.statuskit.internal;

import dev.statuskit.HttpStatus;
import dev.statuskit.HttpStatus.HeaderRule;
import dev.statuskit.Problem;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.internal.FieldSyntax;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules a declaration of a StatusKit annotation must follow, on plain values, so that the
 * annotation processor (which sees source elements) and {@link Declarations} (which sees classes)
 * apply the same rules and report them in the same words.
 *
 * <p>Each rule returns {@code null} when the value is fine, or the violation: a sentence that says
 * what is wrong and names the RFC section (or the StatusKit rule) it breaks. {@link #report}
 * prefixes it with the annotation and the element it is on.
 *
 * <p>Decisions: {@code @ProblemExtension} is an error on a member of a class that is not a
 * {@link Throwable}, because the resolver never reads it there; on an exception class without
 * {@code @HttpProblem} it is accepted, because a subclass that has the annotation reads the
 * members of its superclasses. {@code @MapException} may name 401 when a {@code @DefaultChallenge}
 * supplies the challenge; 407 never, as nothing supplies {@code Proxy-Authenticate}.
 *
 * @since 0.3.0
 */
public final class DeclarationRules {

  /** The qualified name of {@code dev.statuskit.HttpProblem}. */
  public static final String HTTP_PROBLEM = "dev.statuskit.HttpProblem";
  /** The qualified name of {@code dev.statuskit.ProblemExtension}. */
  public static final String PROBLEM_EXTENSION = "dev.statuskit.ProblemExtension";
  /** The qualified name of the JAX-RS adapter's {@code MapException}. */
  public static final String MAP_EXCEPTION = "dev.statuskit.jaxrs.MapException";
  /** The qualified name of the JAX-RS adapter's {@code MapExceptions}, the container of {@code MapException}. */
  public static final String MAP_EXCEPTIONS = "dev.statuskit.jaxrs.MapExceptions";
  /** The qualified name of the JAX-RS adapter's {@code DefaultRetryAfter}. */
  public static final String DEFAULT_RETRY_AFTER = "dev.statuskit.jaxrs.DefaultRetryAfter";
  /** The qualified name of the JAX-RS adapter's {@code DefaultChallenge}. */
  public static final String DEFAULT_CHALLENGE = "dev.statuskit.jaxrs.DefaultChallenge";
  /** The qualified name of the JAX-RS adapter's {@code ProblemTypeBase}. */
  public static final String PROBLEM_TYPE_BASE = "dev.statuskit.jaxrs.ProblemTypeBase";

  /** The class-path resource listing the {@code @HttpProblem} classes a compilation saw, one binary name a line. */
  public static final String INDEX_RESOURCE = "META-INF/statuskit/problem-types";

  /** The qualified name of Bean Validation's {@code Constraint}, the meta-annotation of every constraint. */
  public static final String CONSTRAINT = "jakarta.validation.Constraint";
  /** The qualified name of Bean Validation's {@code Valid}, cascaded validation. */
  public static final String VALID = "jakarta.validation.Valid";
  /** The exception a failed validation of a resource method's parameters raises. */
  public static final String CONSTRAINT_VIOLATION = "jakarta.validation.ConstraintViolationException";

  private DeclarationRules() {}

  /**
   * The catalog entry of a failed Bean Validation of a resource method's parameters, as the JAX-RS
   * adapter answers it: {@code about:blank}, 400 (the default of {@code statuskit.validation-status},
   * which a document can move to 422), with the {@code violations} array.
   *
   * @param producer the resource method with a validated parameter
   * @return the entry
   */
  public static dev.statuskit.representation.ProblemCatalog.ProblemType validationProblem(
      dev.statuskit.representation.ProblemCatalog.Producer producer) {
    return new dev.statuskit.representation.ProblemCatalog.ProblemType("about:blank", 400, "Bad Request",
        "A parameter or the body of the request is invalid; each violation is listed in violations.",
        CONSTRAINT_VIOLATION, java.util.Map.of("violations", "array"),
        dev.statuskit.representation.ProblemCatalog.requiredFields(400), java.util.List.of(producer));
  }

  /**
   * The status of {@code @HttpProblem}: a 4xx or 5xx code that requires no header field.
   *
   * @param status the declared code
   * @return the violation, or {@code null}
   */
  public static @Nullable String problemStatus(int status) {
    return mappable(status, false);
  }

  /**
   * The status of {@code @MapException}: like {@link #problemStatus}, but 401 is allowed when a
   * {@code @DefaultChallenge} applies, because the endpoint then supplies {@code WWW-Authenticate}.
   *
   * @param status the declared code
   * @param defaultChallenge whether a {@code @DefaultChallenge} is on the method or its class
   * @return the violation, or {@code null}
   */
  public static @Nullable String mapExceptionStatus(int status, boolean defaultChallenge) {
    return mappable(status, defaultChallenge);
  }

  private static @Nullable String mappable(int code, boolean challenge) {
    if (code < 100 || code > 599) {
      return "status " + code + " is outside 100-599 (RFC 9110 §15: three digits, first digit 1-5)";
    }
    if (code < 400) {
      return "status " + code + " is not an error status; only 4xx and 5xx can be mapped without header fields"
          + " (RFC 9110 §15.5, §15.6)";
    }
    HttpStatus status = HttpStatus.valueOf(code);
    List<String> required = status.requiredHeaders();
    // An endpoint's @DefaultChallenge supplies WWW-Authenticate, the challenge field of a 401.
    boolean takesDefaultChallenge = status.challengeField().filter("WWW-Authenticate"::equals).isPresent();
    if (required.isEmpty() || takesDefaultChallenge && challenge) {
      return null;
    }
    String reference = status.headerRules().stream().filter(HeaderRule::isUnconditionalMust)
        .map(HeaderRule::reference).findFirst().orElse("RFC 9110 §15");
    String typed = status.reasonPhrase().replace(" ", "") + "Exception";
    if (takesDefaultChallenge) {
      return "status " + status + " requires " + required + " and no @DefaultChallenge is on the method or its"
          + " class, so no challenge is possible; add one or throw " + typed + " instead (" + reference + ")";
    }
    return "status " + status + " requires " + required + "; throw its typed exception (for example " + typed
        + ") instead (" + reference + ")";
  }

  /**
   * The type of {@code @HttpProblem}: a URI reference.
   *
   * @param type the declared type
   * @return the violation, or {@code null}
   */
  public static @Nullable String problemType(String type) {
    try {
      new URI(type);
      return null;
    } catch (URISyntaxException e) {
      return "type " + FieldSyntax.show(type) + " is not a URI reference (RFC 3986 §4.1): " + e.getReason();
    }
  }

  /**
   * A message key of {@code @HttpProblem} ({@code titleKey}, {@code detailKey}): empty for none, or a
   * key without surrounding or control characters, as a properties file can hold it.
   *
   * @param element the element's name, for the message ({@code titleKey})
   * @param key the declared key
   * @return the violation, or {@code null}
   */
  public static @Nullable String messageKey(String element, String key) {
    if (key.isEmpty()) {
      return null;
    }
    if (key.isBlank() || !key.strip().equals(key) || key.chars().anyMatch(c -> Character.isISOControl(c))) {
      return element + " " + FieldSyntax.show(key) + " is not a message key: it must be empty, or text without"
          + " leading or trailing white space and without control characters";
    }
    return null;
  }

  /**
   * The type of {@code @MapException}: empty (for {@code about:blank}) or a URI reference.
   *
   * @param type the declared type
   * @return the violation, or {@code null}
   */
  public static @Nullable String mapExceptionType(String type) {
    return type.isEmpty() ? null : problemType(type);
  }

  /**
   * The extension member name that a {@code @ProblemExtension} declares: its value, or else the
   * field name, or the method name without a {@code get}/{@code is} prefix.
   *
   * @param value the annotation's value
   * @param memberName the field or method name
   * @param method whether the member is a method
   * @return the member name
   */
  public static String extensionMemberName(String value, String memberName, boolean method) {
    if (!value.isEmpty()) {
      return value;
    }
    if (!method) {
      return memberName;
    }
    String base = memberName;
    if (memberName.startsWith("get") && memberName.length() > 3) {
      base = memberName.substring(3);
    } else if (memberName.startsWith("is") && memberName.length() > 2) {
      base = memberName.substring(2);
    }
    return base.equals(memberName) ? memberName : Character.toLowerCase(base.charAt(0)) + base.substring(1);
  }

  /**
   * The name of a {@code @ProblemExtension} member (see {@link #extensionMemberName}).
   *
   * @param name the member name
   * @return the violation, or {@code null}
   */
  public static @Nullable String extensionName(String name) {
    if (Problem.isValidExtensionName(name)) {
      return null;
    }
    if (name.length() >= 3 && Problem.isValidExtensionName(name + "x")) {
      // The syntax is fine (no standard name has another appended), so the name is a standard one.
      return "name \"" + name + "\" is a standard member; only extension members can be declared (RFC 9457 §3.1)";
    }
    return "name " + FieldSyntax.show(name) + " does not match ^[A-Za-z][A-Za-z0-9_]{2,}$ (RFC 9457 §3.2:"
        + " a letter, then letters, digits or \"_\", at least three characters)";
  }

  /**
   * A {@code @ProblemExtension} field: an instance field, since the value is read from the exception.
   *
   * @param isStatic whether the field is static
   * @return the violation, or {@code null}
   */
  public static @Nullable String extensionField(boolean isStatic) {
    return isStatic
        ? "the field is static; only instance fields of the exception are read, so the member would never"
            + " appear (RFC 9457 §3.2)"
        : null;
  }

  /**
   * A {@code @ProblemExtension} method: an instance method without parameters that returns a value.
   *
   * @param isStatic whether the method is static
   * @param parameterCount the number of parameters
   * @param returnsVoid whether the method returns {@code void}
   * @return the violation, or {@code null}
   */
  public static @Nullable String extensionMethod(boolean isStatic, int parameterCount, boolean returnsVoid) {
    if (isStatic || parameterCount != 0) {
      return "the method must be an instance method without parameters; it is called on the exception to read"
          + " the member (RFC 9457 §3.2)";
    }
    return returnsVoid ? "the method returns void, so the member has no value (RFC 9457 §3.2)" : null;
  }

  /**
   * The class that declares a {@code @ProblemExtension} member: a {@link Throwable}, since only
   * exceptions are resolved.
   *
   * @param throwable whether the declaring class is a {@link Throwable}
   * @return the violation, or {@code null}
   */
  public static @Nullable String extensionOwner(boolean throwable) {
    return throwable
        ? null
        : "the declaring class is not a Throwable; only the members of an exception class annotated"
            + " @HttpProblem, and of its superclasses, become extension members (RFC 9457 §3.2)";
  }

  /**
   * The value of {@code @DefaultRetryAfter}: zero or more seconds.
   *
   * @param seconds the declared delay
   * @return the violation, or {@code null}
   */
  public static @Nullable String retryAfterSeconds(long seconds) {
    return seconds < 0
        ? "seconds " + seconds + " is negative (RFC 9110 §10.2.3: delay-seconds = 1*DIGIT, a non-negative integer)"
        : null;
  }

  /**
   * The scheme and realm of {@code @DefaultChallenge}: a challenge that can be sent.
   *
   * @param scheme the declared auth-scheme
   * @param realm the declared realm, empty for none
   * @return the violation, or {@code null}
   */
  public static @Nullable String challenge(String scheme, String realm) {
    try {
      Challenge c = Challenge.of(scheme);
      if (!realm.isEmpty()) {
        c.realm(realm);
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage() + " (RFC 9110 §11.6.1)";
    }
  }

  /**
   * A catalog entry as an endpoint with this {@code @ProblemTypeBase} sends it: a relative type
   * resolved against the base (RFC 3986 §5.2), as the endpoint defaults do at run time.
   *
   * @param entry the entry of one resource method
   * @param base the value of the method's, else its class's {@code @ProblemTypeBase}, or {@code null}
   * @return the entry with its type resolved, or the same entry when there is nothing to resolve
   */
  public static dev.statuskit.representation.ProblemCatalog.ProblemType resolvedType(
      dev.statuskit.representation.ProblemCatalog.ProblemType entry, @Nullable String base) {
    if (base == null || problemTypeBase(base) != null) {
      return entry;
    }
    try {
      URI type = new URI(entry.type());
      if (type.isAbsolute()) {
        return entry;
      }
      return new dev.statuskit.representation.ProblemCatalog.ProblemType(new URI(base).resolve(type).toString(),
          entry.status(), entry.title(), entry.description(), entry.source(), entry.members(), entry.headerFields(),
          entry.producedBy());
    } catch (URISyntaxException e) {
      return entry; // a misdeclared type, reported by the checks
    }
  }

  /**
   * The value of {@code @ProblemTypeBase}: an absolute URI, against which relative types are resolved.
   *
   * @param value the declared base
   * @return the violation, or {@code null}
   */
  public static @Nullable String problemTypeBase(String value) {
    try {
      if (new URI(value).isAbsolute()) {
        return null;
      }
      return "value " + FieldSyntax.show(value) + " is not an absolute URI (RFC 3986 §4.3), so relative types"
          + " cannot be resolved against it (RFC 3986 §5.2)";
    } catch (URISyntaxException e) {
      return "value " + FieldSyntax.show(value) + " is not a URI reference (RFC 3986 §4.1): " + e.getReason();
    }
  }

  /**
   * A violation as reported, naming the annotation and the element.
   *
   * @param annotation the annotation as written, for example {@code @HttpProblem}
   * @param element the element, as {@link #classElement}, {@link #fieldElement} or {@link #methodElement} name it
   * @param violation what a rule returned
   * @return for example {@code @HttpProblem on class com.example.Gone: status 200 is not an error status; ...}
   */
  public static String report(String annotation, String element, String violation) {
    return annotation + " on " + element + ": " + violation;
  }

  /**
   * A class, as reports name it.
   *
   * @param binaryName the binary name, for example {@code com.example.Outer$Inner}
   * @return the element name
   */
  public static String classElement(String binaryName) {
    return "class " + binaryName;
  }

  /**
   * A field, as reports name it.
   *
   * @param classBinaryName the binary name of the declaring class
   * @param field the field name
   * @return the element name
   */
  public static String fieldElement(String classBinaryName, String field) {
    return "field " + classBinaryName + "." + field;
  }

  /**
   * A method, as reports name it.
   *
   * @param classBinaryName the binary name of the declaring class
   * @param method the method name
   * @param parameterTypes the simple names of the erased parameter types, for example {@code String[]}
   * @return the element name
   */
  public static String methodElement(String classBinaryName, String method, List<String> parameterTypes) {
    return "method " + classBinaryName + "." + method + "(" + String.join(", ", parameterTypes) + ")";
  }
}
