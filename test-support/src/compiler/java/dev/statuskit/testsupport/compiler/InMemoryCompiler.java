package dev.statuskit.testsupport.compiler;

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
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Compiles sources held in strings with the JDK compiler, against the test class path: the
 * annotation-processor tests of core and of the JAX-RS adapter. Not part of test-support's jar (test-support
 * depends on core, whose tests use this): each of those modules adds this source folder to its tests.
 */
public final class InMemoryCompiler {

  /** What a compilation gave: its diagnostics and the directory of its class files and resources. */
  public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path output) {

    /**
     * The messages of the errors.
     *
     * @return them in order, in the root locale
     */
    public List<String> errors() {
      return messages(Diagnostic.Kind.ERROR);
    }

    /**
     * The messages of one kind.
     *
     * @param kind the kind
     * @return them in order, in the root locale
     */
    public List<String> messages(Diagnostic.Kind kind) {
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (d.getKind() == kind) {
          messages.add(d.getMessage(Locale.ROOT));
        }
      }
      return messages;
    }

    /**
     * Loads the compiled classes; the test class path is the parent, so StatusKit's annotations are shared.
     *
     * @return a new loader of the output
     */
    public ClassLoader loader() {
      try {
        return new URLClassLoader(new URL[] {output.toUri().toURL()}, InMemoryCompiler.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Every compilation's output, removed when the test JVM exits. */
  private static final Path ROOT = root();

  private static Path root() {
    try {
      Path root = Files.createTempDirectory("statuskit-processor");
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

  private InMemoryCompiler() {}

  /**
   * Compiles the sources (fully qualified class name, then text) into a new directory.
   *
   * @param processor the processor to run, or null to leave discovery to javac and the options
   * @param options javac's options, besides the class path
   * @param sources the sources by class name
   * @return what the compilation gave
   */
  public static Result compile(@Nullable Processor processor, List<String> options, Map<String, String> sources) {
    try {
      return compile(processor, options, sources, Files.createTempDirectory(ROOT, "javac"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles the sources (fully qualified class name, then text) into a directory.
   *
   * @param processor the processor to run, or null to leave discovery to javac and the options
   * @param options javac's options, besides the class path
   * @param sources the sources by class name
   * @param output the directory of the class files and resources
   * @return what the compilation gave
   */
  public static Result compile(@Nullable Processor processor, List<String> options, Map<String, String> sources,
      Path output) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    List<String> all = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
        "-Xlint:-options"));
    all.addAll(options);
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.toFile()));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null, units);
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      boolean success = task.call();
      return new Result(success, diagnostics.getDiagnostics(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
