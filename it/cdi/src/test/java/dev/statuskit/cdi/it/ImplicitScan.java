package dev.statuskit.cdi.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.engine.ProblemEngine;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.el.ELAwareBeanManager;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Boots Weld SE with implicit scanning in a separate JVM and returns what it printed. */
final class ImplicitScan {

  private static final String MAIN = """
      package dev.statuskit.cdi.it;

      import dev.statuskit.engine.ProblemEngine;
      import dev.statuskit.spi.ProblemEvent;
      import dev.statuskit.TooManyRequestsException;
      import jakarta.enterprise.inject.se.SeContainer;
      import jakarta.enterprise.inject.se.SeContainerInitializer;
      import java.util.TreeSet;

      public final class ImplicitScanMain {
        public static void main(String[] args) {
          try (SeContainer c = SeContainerInitializer.newInstance()
              .addProperty("jakarta.enterprise.inject.scan.implicit", Boolean.TRUE).initialize()) {
            ProblemEvent r = ProblemEngine.builder().serviceLoader(false).build()
                .handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/implicit"));
            System.out.println("extensions=" + new TreeSet<>(r.problem().extensions().keySet()));
            System.out.println("recorded=" + Recorder.seen());
          }
        }
      }
      """;

  private ImplicitScan() {}

  static List<String> run(Path dir, Path libraryJar) throws IOException, InterruptedException {
    Path classes = Files.createDirectories(dir.resolve("classes/dev/statuskit/cdi/it"));
    try (InputStream recorder = Recorder.class.getResourceAsStream("Recorder.class")) {
      Files.copy(recorder, classes.resolve("Recorder.class"));
    }
    Path src = Files.writeString(Files.createDirectories(dir.resolve("src")).resolve("ImplicitScanMain.java"), MAIN);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-proc:none", "-d", dir.resolve("classes").toString(), "-classpath",
            dir.resolve("classes") + File.pathSeparator + runtimeClassPath()),
        null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(src)).call();
    assertThat(compiled).as("javac: %s", diagnostics).isTrue();

    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
        "-cp", String.join(File.pathSeparator, dir.resolve("classes").toString(), libraryJar.toString(),
            runtimeClassPath()),
        "dev.statuskit.cdi.it.ImplicitScanMain");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> out = new ArrayList<>();
    try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
      reader.lines().forEach(out::add);
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    assertThat(p.exitValue()).as("child JVM output: %s", out).isZero();
    return out;
  }

  /** StatusKit core, the CDI 4.1 API and its parts, and Weld 6 SE with what it needs at run time. */
  private static String runtimeClassPath() {
    return Stream.of(ProblemEngine.class, CDI.class, ClassInfo.class, ELAwareBeanManager.class,
            jakarta.el.ELResolver.class, Interceptor.class, Inject.class, ApplicationScoped.class, Priority.class,
            org.jboss.weld.environment.se.Weld.class,
            org.jboss.weld.environment.deployment.WeldDeployment.class,
            org.jboss.weld.bootstrap.WeldBootstrap.class,
            org.jboss.weld.bootstrap.api.Bootstrap.class,
            org.jboss.weld.inject.WeldInstance.class,
            org.jboss.logging.Logger.class,
            org.jboss.classfilewriter.ClassFile.class,
            org.jboss.weld.lite.extension.translator.LiteExtensionTranslator.class)
        .map(LibraryJar::location).distinct().collect(Collectors.joining(File.pathSeparator));
  }
}
