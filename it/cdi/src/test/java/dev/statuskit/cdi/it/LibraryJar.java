package dev.statuskit.cdi.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Builds a third-party library jar the way a user's build would: its classes are compiled here, from
 * source, so they exist only inside the jar and never on the test class path, where they could be
 * found without discovery.
 */
final class LibraryJar {

  /** How the jar declares itself to CDI. */
  enum BeansXml {
    /** {@code META-INF/beans.xml} of zero bytes: CDI 4.0 reads it as {@code bean-discovery-mode="annotated"}. */
    EMPTY,
    /** No {@code beans.xml}: an implicit bean archive, if the container scans for those at all. */
    NONE
  }

  static final String PACKAGE = "com.example.library";

  /**
   * A customizer with a bean-defining annotation, an observer with one, and a customizer without
   * one: CDI must find the first two and must not find the third.
   */
  static final Map<String, String> SOURCES = Map.of(
      "LibraryCustomizer", """
          package com.example.library;

          import dev.statuskit.Problem;
          import dev.statuskit.spi.ProblemEvent;
          import dev.statuskit.spi.ProblemCustomizer;
          import jakarta.annotation.Priority;
          import jakarta.enterprise.context.ApplicationScoped;

          @ApplicationScoped
          @Priority(100)
          public class LibraryCustomizer implements ProblemCustomizer {
            @Override
            public Problem customize(Problem problem, ProblemEvent event) {
              return problem.toBuilder().extension("library", "customized").build();
            }
          }
          """,
      "LibraryObserver", """
          package com.example.library;

          import dev.statuskit.spi.ProblemEvent;
          import dev.statuskit.cdi.it.Recorder;
          import jakarta.enterprise.context.ApplicationScoped;
          import jakarta.enterprise.event.Observes;

          @ApplicationScoped
          public class LibraryObserver {
            void onProblem(@Observes ProblemEvent event) {
              Recorder.record("LibraryObserver", event.status().code() + " " + event.method() + " " + event.path()
                  + " " + event.problem().extensions().keySet());
            }
          }
          """,
      "UnannotatedCustomizer", """
          package com.example.library;

          import dev.statuskit.Problem;
          import dev.statuskit.spi.ProblemEvent;
          import dev.statuskit.spi.ProblemCustomizer;

          /** No bean-defining annotation: not a bean in an annotated (or implicit) bean archive. */
          public class UnannotatedCustomizer implements ProblemCustomizer {
            @Override
            public Problem customize(Problem problem, ProblemEvent event) {
              return problem.toBuilder().extension("unannotated", "picked up").build();
            }
          }
          """);

  private LibraryJar() {}

  /** Compiles the library and packs it into {@code dir/library.jar}. */
  static Path build(Path dir, BeansXml beansXml) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> e : SOURCES.entrySet()) {
      Path file = src.resolve(e.getKey() + ".java");
      Files.writeString(file, e.getValue());
      files.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-classpath", compileClassPath());
    StringWriter out = new StringWriter();
    boolean compiled = javac.getTask(out, null, null, options, null,
        javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(files)).call();
    assertThat(compiled).as("javac: %s", out).isTrue();

    JavaArchive jar = ShrinkWrap.create(JavaArchive.class, "library.jar");
    jar.as(ExplodedImporter.class).importDirectory(classes.toFile());
    jar.addAsManifestResource(new StringAsset("Manifest-Version: 1.0\n"), "MANIFEST.MF");
    if (beansXml == BeansXml.EMPTY) {
      jar.addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }
    Path file = dir.resolve("library.jar");
    jar.as(ZipExporter.class).exportTo(file.toFile(), true);
    return file;
  }

  /** The jars the library compiles against: StatusKit core, the CDI and annotation APIs, the recorder. */
  static String compileClassPath() {
    return Stream.of(ProblemCustomizer.class, ProblemEvent.class, ApplicationScoped.class, Priority.class,
            jakarta.enterprise.event.Observes.class, Recorder.class)
        .map(LibraryJar::location).distinct().collect(Collectors.joining(File.pathSeparator));
  }

  static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
