package dev.statuskit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.statuskit.internal.processor.StatusKitProcessor;
import dev.statuskit.testsupport.compiler.InMemoryCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusKitProcessorTest {

  private static InMemoryCompiler.Result withProcessor(String className, String source) {
    return InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), Map.of(className, source));
  }

  private static String exception(String annotations, String body) {
    return "package p;\n"
        + "import dev.statuskit.*;\n"
        + annotations + "\n"
        + "public class Bad extends RuntimeException {\n"
        + "  private static final long serialVersionUID = 1L;\n"
        + body + "\n"
        + "}\n";
  }

  /** A declaration that breaks one rule, and the one error naming the element and the rule. */
  static Stream<Arguments> misdeclarations() {
    return Stream.of(
        arguments("@HttpProblem(status = 200)", "",
            "@HttpProblem on class p.Bad: status 200 is not an error status;"
                + " only 4xx and 5xx can be mapped without header fields (RFC 9110 §15.5, §15.6)"),
        arguments("@HttpProblem(status = 405)", "",
            "@HttpProblem on class p.Bad: status 405 Method Not Allowed requires [Allow]; throw its typed"
                + " exception (for example MethodNotAllowedException) instead (RFC 9110 §15.5.6)"),
        arguments("@HttpProblem(status = 600)", "",
            "@HttpProblem on class p.Bad: status 600 is outside 100-599 (RFC 9110 §15: three digits, first digit 1-5)"),
        arguments("@HttpProblem(status = 409)", "  @ProblemExtension(\"2nd\") final String second = \"\";",
            "@ProblemExtension on field p.Bad.second: name \"2nd\" does not match ^[A-Za-z][A-Za-z0-9_]{2,}$"
                + " (RFC 9457 §3.2: a letter, then letters, digits or \"_\", at least three characters)"),
        arguments("@HttpProblem(status = 409)", "  @ProblemExtension String getDetail() { return \"\"; }",
            "@ProblemExtension on method p.Bad.getDetail(): name \"detail\" is a standard member; only extension"
                + " members can be declared (RFC 9457 §3.1)"),
        arguments("@HttpProblem(status = 409)", "  @ProblemExtension static String region = \"eu\";",
            "@ProblemExtension on field p.Bad.region: the field is static; only instance fields of the exception"
                + " are read, so the member would never appear (RFC 9457 §3.2)"),
        arguments("@HttpProblem(status = 409)", "  @ProblemExtension void getRegion() {}",
            "@ProblemExtension on method p.Bad.getRegion(): the method returns void, so the member has no value"
                + " (RFC 9457 §3.2)"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("misdeclarations")
  void misdeclarationIsACompileErrorNamingTheElementAndTheRule(String annotation, String body, String error) {
    InMemoryCompiler.Result r = withProcessor("p.Bad", exception(annotation, body));

    assertThat(r.success()).isFalse();
    assertThat(r.errors()).containsExactly(error);
  }

  @Test
  void unauthorizedIsACompileErrorBecauseAnExceptionClassHasNoChallenge() {
    InMemoryCompiler.Result r = withProcessor("p.Bad", exception("@HttpProblem(status = 401)", ""));

    assertThat(r.errors()).singleElement().asString()
        .startsWith("@HttpProblem on class p.Bad: status 401 Unauthorized requires [WWW-Authenticate]")
        .contains("UnauthorizedException").contains("RFC 9110 §15.5.2");
  }

  @Test
  void typeThatIsNoUriReferenceIsACompileError() {
    InMemoryCompiler.Result r = withProcessor("p.Bad",
        exception("@HttpProblem(status = 409, type = \"https://api.example/out of stock\")", ""));

    assertThat(r.errors()).singleElement().asString()
        .startsWith("@HttpProblem on class p.Bad: type \"https://api.example/out of stock\" is not a URI reference"
            + " (RFC 3986 §4.1): ");
  }

  @Test
  void errorPointsAtTheAnnotation() {
    InMemoryCompiler.Result r = withProcessor("p.Bad", exception("@HttpProblem(status = 200)", ""));

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
      assertThat(d.getLineNumber()).isEqualTo(3);
      assertThat(d.getColumnNumber()).isEqualTo(1);
    });
  }

  @Test
  void extensionMethodWithParametersOrStaticIsACompileError() {
    InMemoryCompiler.Result r = withProcessor("p.Bad", exception("@HttpProblem(status = 409)",
        "  @ProblemExtension String region(java.util.Locale l, String[] s) { return \"\"; }\n"
            + "  @ProblemExtension static String zone() { return \"\"; }"));

    String rule = ": the method must be an instance method without parameters; it is called on the exception"
        + " to read the member (RFC 9457 §3.2)";
    assertThat(r.errors()).containsExactlyInAnyOrder(
        "@ProblemExtension on method p.Bad.region(Locale, String[])" + rule,
        "@ProblemExtension on method p.Bad.zone()" + rule);
  }

  @Test
  void extensionOutsideAnExceptionClassIsACompileError() {
    InMemoryCompiler.Result r = withProcessor("p.Order", "package p;\n"
        + "public class Order {\n"
        + "  @dev.statuskit.ProblemExtension String sku = \"\";\n"
        + "}\n");

    assertThat(r.errors()).containsExactly("@ProblemExtension on field p.Order.sku: the declaring class is not a"
        + " Throwable; only the members of an exception class annotated @HttpProblem, and of its superclasses,"
        + " become extension members (RFC 9457 §3.2)");
  }

  @Test
  void everyMisdeclarationOfAClassIsReported() {
    InMemoryCompiler.Result r = withProcessor("p.Bad", exception("@HttpProblem(status = 302, type = \"a b\")",
        "  @ProblemExtension static int ab;"));

    assertThat(r.errors()).hasSize(4).allSatisfy(e -> assertThat(e).containsPattern(
        "^@(HttpProblem on class p\\.Bad|ProblemExtension on field p\\.Bad\\.ab): "));
  }

  @Test
  void valuesJavacCannotResolveAreLeftToJavacsOwnErrors() {
    InMemoryCompiler.Result r = withProcessor("p.Bad", exception("@HttpProblem(status = Codes.CONFLICT, type = Types.X)",
        "  @ProblemExtension(Names.SKU) final String sku = \"\";"));

    assertThat(r.success()).isFalse();
    assertThat(r.errors()).isNotEmpty().noneMatch(e -> e.startsWith("@"));
  }

  @Test
  void goodDeclarationsCompileWithoutDiagnostics() {
    InMemoryCompiler.Result r = InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), Map.of(
        "p.StockException", "package p;\n"
            + "import dev.statuskit.*;\n"
            + "public abstract class StockException extends RuntimeException {\n"
            + "  private static final long serialVersionUID = 1L;\n"
            + "  @ProblemExtension final String sku = \"A-1\";\n"
            + "}\n",
        "p.OutOfStockException", "package p;\n"
            + "import dev.statuskit.*;\n"
            + "@HttpProblem(status = 409, type = \"/problems/out-of-stock\", title = \"Out of stock\")\n"
            + "public class OutOfStockException extends StockException {\n"
            + "  private static final long serialVersionUID = 1L;\n"
            + "  @ProblemExtension(\"left_over\") int left;\n"
            + "  @ProblemExtension boolean isRetryable() { return true; }\n"
            + "  @ProblemExtension int getCount() { return 1; }\n"
            + "}\n",
        "p.GoneException", "package p;\n"
            + "@dev.statuskit.HttpProblem(status = 599)\n"
            + "public class GoneException extends Exception {\n"
            + "  private static final long serialVersionUID = 1L;\n"
            + "}\n"));

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.success()).isTrue();
  }

  @Test
  void indexListsTheProblemClassesIncludingSubclassesThatInheritTheAnnotation() throws IOException {
    InMemoryCompiler.Result r = InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), Map.of(
        "p.Conflict", "package p;\n"
            + "@dev.statuskit.HttpProblem(status = 409)\n"
            + "public class Conflict extends RuntimeException {\n"
            + "  private static final long serialVersionUID = 1L;\n"
            + "  public static class Stale extends Conflict { private static final long serialVersionUID = 1L; }\n"
            + "}\n",
        "p.Plain", "package p;\npublic class Plain {}\n"));

    assertThat(r.success()).isTrue();
    assertThat(Files.readAllLines(r.output().resolve(DeclarationRules.INDEX_RESOURCE), StandardCharsets.UTF_8))
        .containsExactly("p.Conflict", "p.Conflict$Stale");
  }

  @Test
  void indexOfAnIncrementalBuildKeepsTheClassesOfTheEarlierOneThatStillExist(@TempDir Path out) throws IOException {
    InMemoryCompiler.Result first = InMemoryCompiler.compile(new StatusKitProcessor(), List.of(), Map.of(
        "p.Conflict", "package p;\n@dev.statuskit.HttpProblem(status = 409)\n"
            + "public class Conflict extends RuntimeException { private static final long serialVersionUID = 1L; }\n"),
        out);
    assertThat(first.success()).isTrue();
    Path index = out.resolve(DeclarationRules.INDEX_RESOURCE);
    Files.writeString(index, Files.readString(index) + "p.Removed\n");

    InMemoryCompiler.Result second = InMemoryCompiler.compile(new StatusKitProcessor(),
        List.of("-classpath", System.getProperty("java.class.path") + java.io.File.pathSeparator + out),
        Map.of("p.Gone", "package p;\n@dev.statuskit.HttpProblem(status = 410)\n"
            + "public class Gone extends RuntimeException { private static final long serialVersionUID = 1L; }\n"),
        out);

    assertThat(second.diagnostics()).isEmpty();
    assertThat(Files.readAllLines(index, StandardCharsets.UTF_8)).containsExactly("p.Conflict", "p.Gone");
  }

  @Test
  void compilationWithoutStatusKitAnnotationsWritesNoIndex() {
    InMemoryCompiler.Result r = InMemoryCompiler.compile(new StatusKitProcessor(), List.of(),
        Map.of("p.Plain", "package p;\npublic class Plain {}\n"));

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.output().resolve(DeclarationRules.INDEX_RESOURCE)).doesNotExist();
  }

  @Test
  void javacFindsTheProcessorThroughTheServicesFile() {
    // No setProcessors: javac looks for processors on the class path, where core's services file is;
    // by itself up to JDK 22, with -proc:full since.
    List<String> options = Runtime.version().feature() >= 23 ? List.of("-proc:full") : List.of();
    InMemoryCompiler.Result r = InMemoryCompiler.compile(null, options,
        Map.of("p.Bad", exception("@HttpProblem(status = 200)", "")));

    assertThat(r.errors()).singleElement().asString().startsWith("@HttpProblem on class p.Bad: status 200");
    assertThat(r.output().resolve(DeclarationRules.INDEX_RESOURCE)).hasContent("p.Bad");
  }

  @Test
  void deploymentCheckGivesTheProcessorsMessagesForTheSameClass() throws ClassNotFoundException {
    String source = exception("@HttpProblem(status = 405, type = \"a b\")",
        "  @ProblemExtension(\"type\") final String kind = \"\";\n"
            + "  @ProblemExtension static String zone = \"\";\n"
            + "  @ProblemExtension String region(java.util.Locale l, String[] s) { return \"\"; }\n"
            + "  @ProblemExtension void getId() {}\n"
            + "  @ProblemExtension int ab() { return 1; }");
    List<String> atCompileTime = withProcessor("p.Bad", source).errors();
    InMemoryCompiler.Result plain = InMemoryCompiler.compile(null, List.of("-proc:none"), Map.of("p.Bad", source));
    assertThat(plain.success()).isTrue();

    List<String> atDeployment = Declarations.check(Class.forName("p.Bad", false, plain.loader()));

    assertThat(atCompileTime).hasSize(8);
    assertThat(atDeployment).containsExactlyInAnyOrderElementsOf(atCompileTime);
  }

  @Test
  void messageKeysThatNoBundleCanHoldAreCompileErrorsAndDeploymentErrorsInTheSameWords()
      throws ClassNotFoundException {
    String source = exception("@HttpProblem(status = 409, titleKey = \" stock.title\", detailKey = \"a\\tb\")", "");
    List<String> atCompileTime = withProcessor("p.Bad", source).errors();
    InMemoryCompiler.Result plain = InMemoryCompiler.compile(null, List.of("-proc:none"), Map.of("p.Bad", source));

    assertThat(atCompileTime).containsExactlyInAnyOrder(
        "@HttpProblem on class p.Bad: titleKey \" stock.title\" is not a message key: it must be empty, or text"
            + " without leading or trailing white space and without control characters",
        "@HttpProblem on class p.Bad: detailKey \"a\\u0009b\" is not a message key: it must be empty, or text"
            + " without leading or trailing white space and without control characters");
    assertThat(Declarations.check(Class.forName("p.Bad", false, plain.loader())))
        .containsExactlyInAnyOrderElementsOf(atCompileTime);
    assertThat(withProcessor("p.Good", exception("@HttpProblem(status = 409, titleKey = \"stock.title\")", "")
        .replace("class Bad", "class Good")).errors()).isEmpty();
  }

  @Test
  void deploymentCheckReadsSuperclassesAndFindsNothingWrongInGoodClasses() throws ClassNotFoundException {
    InMemoryCompiler.Result plain = InMemoryCompiler.compile(null, List.of("-proc:none"), Map.of(
        "p.Base", "package p;\n"
            + "public abstract class Base extends RuntimeException {\n"
            + "  private static final long serialVersionUID = 1L;\n"
            + "  @dev.statuskit.ProblemExtension int x;\n"
            + "}\n",
        "p.Good", "package p;\n@dev.statuskit.HttpProblem(status = 422)\n"
            + "public class Good extends RuntimeException { private static final long serialVersionUID = 1L; }\n"));
    ClassLoader loader = plain.loader();

    assertThat(Declarations.check(Class.forName("p.Good", false, loader))).isEmpty();
    assertThat(Declarations.check(Class.forName("p.Base", false, loader))).containsExactly(
        "@ProblemExtension on field p.Base.x: name \"x\" does not match ^[A-Za-z][A-Za-z0-9_]{2,}$ (RFC 9457 §3.2:"
            + " a letter, then letters, digits or \"_\", at least three characters)");
    assertThat(Declarations.check(String.class)).isEmpty();
  }

  @Test
  void indexedGivesTheListedClassesThatTheLoaderHas() throws IOException, ClassNotFoundException {
    InMemoryCompiler.Result r = withProcessor("p.Conflict", "package p;\n@dev.statuskit.HttpProblem(status = 409)\n"
        + "public class Conflict extends RuntimeException { private static final long serialVersionUID = 1L; }\n");
    Path index = r.output().resolve(DeclarationRules.INDEX_RESOURCE);
    Files.writeString(index, "# comment\n\np.Missing\n" + Files.readString(index));
    ClassLoader loader = r.loader();

    assertThat(Declarations.indexed(loader)).containsExactly(Class.forName("p.Conflict", false, loader));
  }
}
