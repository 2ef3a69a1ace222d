package dev.statuskit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.internal.Declarations;
import dev.statuskit.internal.processor.StatusKitProcessor;
import dev.statuskit.testsupport.compiler.InMemoryCompiler;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EndpointDeclarationsTest {

  private static final String UNAUTHORIZED_WITHOUT_CHALLENGE = "status 401 Unauthorized requires [WWW-Authenticate]"
      + " and no @DefaultChallenge is on the method or its class, so no challenge is possible; add one or throw"
      + " UnauthorizedException instead (RFC 9110 §15.5.2)";

  /** A resource class r.Res with the given annotations on the class and on its method get(long, String[]). */
  private static String resource(String classAnnotations, String methodAnnotations) {
    return "package r;\n"
        + "import dev.statuskit.jaxrs.*;\n"
        + classAnnotations + "\n"
        + "public class Res {\n"
        + "  " + methodAnnotations + "\n"
        + "  public String get(long id, String[] fields) { return \"\"; }\n"
        + "}\n";
  }

  private static InMemoryCompiler.Result withProcessor(String source) {
    return InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), Map.of("r.Res", source));
  }

  /** Declarations the processor refuses with one error: the annotations on the class and the method, the error. */
  static Stream<Arguments> refusedDeclarations() {
    return Stream.of(
        Arguments.of(Named.of("mapped 401 without a default challenge: names the method", ""),
            "@MapException(exception = SecurityException.class, status = 401)",
            "@MapException(exception = java.lang.SecurityException.class) on method r.Res.get(long, String[]): "
                + UNAUTHORIZED_WITHOUT_CHALLENGE),
        Arguments.of(Named.of("class-wide mapped 401 needs the challenge on the class",
                "@MapException(exception = SecurityException.class, status = 401)"),
            "@DefaultChallenge(scheme = \"Basic\")",
            "@MapException(exception = java.lang.SecurityException.class) on class r.Res: "
                + UNAUTHORIZED_WITHOUT_CHALLENGE),
        Arguments.of(Named.of("mapped 407, even with a default challenge", "@DefaultChallenge(scheme = \"Basic\")"),
            "@MapException(exception = SecurityException.class, status = 407)",
            "@MapException(exception = java.lang.SecurityException.class) on method r.Res.get(long, String[]):"
                + " status 407 Proxy Authentication Required requires [Proxy-Authenticate]; throw its typed"
                + " exception (for example ProxyAuthenticationRequiredException) instead (RFC 9110 §15.5.8)"),
        Arguments.of(Named.of("negative default Retry-After", "@DefaultRetryAfter(seconds = -1)"), "",
            "@DefaultRetryAfter on class r.Res: seconds -1 is negative"
                + " (RFC 9110 §10.2.3: delay-seconds = 1*DIGIT, a non-negative integer)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedDeclarations")
  void aRefusedDeclarationIsOneCompileError(String classAnnotations, String methodAnnotations, String error) {
    InMemoryCompiler.Result r = withProcessor(resource(classAnnotations, methodAnnotations));

    assertThat(r.success()).isFalse();
    assertThat(r.errors()).containsExactly(error);
  }

  @Test
  void mappedUnauthorizedWithADefaultChallengeOnTheClassOrMethodCompiles() {
    InMemoryCompiler.Result onClass = withProcessor(resource("@DefaultChallenge(scheme = \"Bearer\", realm = \"api\")",
        "@MapException(exception = SecurityException.class, status = 401)"));
    InMemoryCompiler.Result onMethod = withProcessor(resource("",
        "@MapException(exception = SecurityException.class, status = 401) @DefaultChallenge(scheme = \"Basic\")"));

    assertThat(onClass.diagnostics()).isEmpty();
    assertThat(onMethod.diagnostics()).isEmpty();
  }

  @Test
  void eachRepeatedMappingIsCheckedAndNamedByItsException() {
    InMemoryCompiler.Result r = withProcessor(resource("",
        "@MapException(exception = IllegalStateException.class, status = 405)\n"
            + "  @MapException(exception = java.util.ConcurrentModificationException.class, status = 200)\n"
            + "  @MapException(exception = ArithmeticException.class, status = 503, type = \"not a uri\")\n"
            + "  @MapException(exception = RuntimeException.class, status = 409, type = \"/problems/conflict\")"));

    String on = " on method r.Res.get(long, String[]): ";
    assertThat(r.errors()).containsExactlyInAnyOrder(
        "@MapException(exception = java.lang.IllegalStateException.class)" + on + "status 405 Method Not Allowed"
            + " requires [Allow]; throw its typed exception (for example MethodNotAllowedException) instead"
            + " (RFC 9110 §15.5.6)",
        "@MapException(exception = java.util.ConcurrentModificationException.class)" + on + "status 200 is not an"
            + " error status; only 4xx and 5xx can be mapped without header fields (RFC 9110 §15.5, §15.6)",
        "@MapException(exception = java.lang.ArithmeticException.class)" + on + "type \"not a uri\" is not a URI"
            + " reference (RFC 3986 §4.1): Illegal character in path");
  }

  @Test
  void defaultChallengeThatCannotBeSentIsACompileError() {
    InMemoryCompiler.Result r = withProcessor(resource("@DefaultChallenge(scheme = \"Bear er\")",
        "@DefaultChallenge(scheme = \"Bearer\", realm = \"a\\nb\")"));

    assertThat(r.errors()).hasSize(2).anySatisfy(e -> assertThat(e).startsWith(
        "@DefaultChallenge on class r.Res: auth-scheme \"Bear er\" is not a token (RFC 9110 §5.6.2"))
        .anySatisfy(e -> assertThat(e).startsWith("@DefaultChallenge on method r.Res.get(long, String[]): ")
            .endsWith("(RFC 9110 §11.6.1)"));
  }

  @Test
  void relativeOrMalformedProblemTypeBaseIsACompileError() {
    InMemoryCompiler.Result r = withProcessor(resource("@ProblemTypeBase(\"/problems/\")", "@ProblemTypeBase(\"http://a b/\")"));

    assertThat(r.errors()).containsExactlyInAnyOrder(
        "@ProblemTypeBase on class r.Res: value \"/problems/\" is not an absolute URI (RFC 3986 §4.3), so relative"
            + " types cannot be resolved against it (RFC 3986 §5.2)",
        "@ProblemTypeBase on method r.Res.get(long, String[]): value \"http://a b/\" is not a URI reference"
            + " (RFC 3986 §4.1): Illegal character in authority");
  }

  @Test
  void wellDeclaredResourceCompilesWithoutDiagnostics() {
    InMemoryCompiler.Result r = withProcessor(resource(
        "@MapException(exception = IllegalStateException.class, status = 422, type = \"state\")\n"
            + "@MapException(exception = RuntimeException.class, status = 400)\n"
            + "@DefaultRetryAfter(seconds = 60)\n"
            + "@DefaultChallenge(scheme = \"Basic\", realm = \"class\")\n"
            + "@ProblemTypeBase(\"https://api.example.test/problems/\")",
        "@MapException(exception = IllegalStateException.class, status = 409, title = \"Stale\")"
            + " @DefaultRetryAfter(seconds = 0) @DefaultChallenge(scheme = \"Bearer\", realm = \"api\")"
            + " @ProblemTypeBase(\"urn:example:problems:\")"));

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.success()).isTrue();
  }

  @Test
  void javacFindsTheProcessorInStatusKitCoreOnTheClassPath() {
    // The set-up the README gives for JDK 23+; javac knows -proc:full since 21 and 17.0.11.
    Runtime.Version v = Runtime.version();
    boolean procFull = v.feature() >= 21 || v.feature() == 17 && v.update() >= 11;
    InMemoryCompiler.Result r = InMemoryCompiler.compile(null, procFull ? List.of("-proc:full") : List.of(), Map.of("r.Res", resource("@DefaultRetryAfter(seconds = -5)", "")));

    assertThat(r.errors()).singleElement().asString().startsWith("@DefaultRetryAfter on class r.Res: seconds -5");
  }

  @Test
  void deploymentCheckGivesTheProcessorsMessagesForTheSameResource() throws ClassNotFoundException {
    String source = resource(
        "@MapException(exception = SecurityException.class, status = 401)\n"
            + "@DefaultRetryAfter(seconds = -1)\n"
            + "@ProblemTypeBase(\"problems/\")",
        "@MapException(exception = IllegalStateException.class, status = 405)\n"
            + "  @MapException(exception = ArithmeticException.class, status = 401, type = \"a b\")\n"
            + "  @DefaultChallenge(scheme = \"\")");
    List<String> atCompileTime = withProcessor(source).errors();
    InMemoryCompiler.Result plain = InMemoryCompiler.compile(null, List.of("-proc:none"), Map.of("r.Res", source));
    assertThat(plain.success()).isTrue();

    List<String> atDeployment = Declarations.check(Class.forName("r.Res", false, plain.loader()));

    assertThat(atCompileTime).hasSize(6);
    assertThat(atDeployment).containsExactlyInAnyOrderElementsOf(atCompileTime);
  }
}
