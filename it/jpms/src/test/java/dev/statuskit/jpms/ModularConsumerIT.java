package dev.statuskit.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A modular application sees the published jars as named modules: their module-info must not
 * require anything (jspecify in particular) that a consumer does not have on its module path.
 */
class ModularConsumerIT {

  private static final Path MODULES = Path.of(System.getProperty("jpms.modules"));
  private static final Path CONSUMER_SOURCES = Path.of(System.getProperty("jpms.consumer"));
  private static final Path WORK = Path.of(System.getProperty("jpms.work"));

  @Test
  void modulePathHoldsOnlyStatusKitAndTheJakartaApis() throws IOException {
    assertThat(fileNames(MODULES))
        .containsExactlyInAnyOrder(
            "statuskit-core.jar",
            "statuskit-jaxrs.jar",
            "statuskit-servlet.jar",
            "jakarta.ws.rs-api.jar",
            "jakarta.servlet-api.jar");
  }

  @Test
  void modularConsumerCompilesAndRuns() throws Exception {
    Path classes = WORK.resolve("classes");
    deleteRecursively(WORK);
    Files.createDirectories(classes);

    assertThat(compile(classes)).as("javac diagnostics").isEmpty();

    String modulePath = classes + java.io.File.pathSeparator + MODULES;
    Path stderr = WORK.resolve("stderr.txt");
    ProcessBuilder builder =
        new ProcessBuilder(javaLauncher(), "--module-path", modulePath, "-m", "consumer/consumer.Main")
            .redirectError(stderr.toFile());
    // Either variable makes the launcher print a notice on stderr.
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process process = builder.start();
    List<String> stdout;
    try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
      stdout = reader.lines().toList();
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("consumer finished").isTrue();

    assertThat(Files.readString(stderr)).as("consumer stderr").isEmpty();
    assertThat(process.exitValue()).as("consumer exit code").isZero();
    assertThat(stdout)
        .containsExactly(
            "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Slow down.\"}",
            "dev.statuskit.jaxrs.StatusKitFeature",
            "dev.statuskit.servlet.ProblemFilter",
            "statuskit.expose-details statuskit.map-unhandled statuskit.client-error-stack-traces"
                + " statuskit.max-detail-length statuskit.trace-id-member statuskit.localize statuskit.languages"
                + " statuskit.messages statuskit.problem-docs statuskit.conformance-guard"
                + " statuskit.fast-thrown-exceptions statuskit.map-web-application-exceptions"
                + " statuskit.replace-send-error statuskit.validation-status",
            "429 Too Many Requests {Cache-Control=[no-store], Vary=[Accept], Content-Type=[text/plain;charset=UTF-8]}",
            "Zu viele Anfragen {Cache-Control=[no-store], Content-Language=[de], Vary=[Accept, Accept-Language],"
                + " Content-Type=[application/problem+json]}");
  }

  private static List<String> compile(Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      // Without this, javac falls back to java.class.path: the test JVM's, which has jspecify on it.
      files.setLocation(StandardLocation.CLASS_PATH, List.of());
      List<String> options =
          List.of("--release", "17", "-Xlint:all", "--module-path", MODULES.toString(), "-d", classes.toString());
      Iterable<? extends JavaFileObject> sources = files.getJavaFileObjectsFromPaths(javaFiles(CONSUMER_SOURCES));
      boolean compiled = javac.getTask(null, files, diagnostics, options, null, sources).call();
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        messages.add(diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT));
      }
      if (!compiled && messages.isEmpty()) {
        messages.add("javac failed without a diagnostic");
      }
      return messages;
    }
  }

  private static String javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static List<String> fileNames(Path directory) throws IOException {
    try (Stream<Path> paths = Files.list(directory)) {
      return paths.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
