package dev.statuskit.jaxrs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles one source held in a string with the JDK compiler, against the test class path. */
final class Javac {

  /** The diagnostics of a compilation and the directory of its class files. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path output) {

    List<String> errors() {
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          messages.add(d.getMessage(Locale.ROOT));
        }
      }
      return messages;
    }

    ClassLoader loader() {
      try {
        return new URLClassLoader(new URL[] {output.toUri().toURL()}, Javac.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Every compilation's output, removed when the test JVM exits. */
  private static final Path ROOT = root();

  private static Path root() {
    try {
      Path root = Files.createTempDirectory("statuskit-jaxrs-processor");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left for the system's temporary-file cleanup.
    }
  }

  private Javac() {}

  /**
   * Compiles the source of a class.
   *
   * @param processor the processor to run, or null to leave discovery to javac and the options
   */
  static Result compile(Processor processor, List<String> options, String className, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"), "-Xlint:-options"));
    all.addAll(options);
    JavaFileObject unit = new SimpleJavaFileObject(
        URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path output = Files.createTempDirectory(ROOT, "javac");
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.toFile()));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null, List.of(unit));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      return new Result(task.call(), diagnostics.getDiagnostics(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
