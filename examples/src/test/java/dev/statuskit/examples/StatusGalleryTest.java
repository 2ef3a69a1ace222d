package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpException;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatusGalleryTest {

  @Test
  void galleryHasEveryTypedExceptionOfTheLibrary() throws Exception {
    Map<Integer, Class<?>> gallery = new TreeMap<>();
    for (int code : StatusGallery.codes()) {
      HttpException e = StatusGallery.exception(code).orElseThrow();
      assertThat(e.getStatus().code()).isEqualTo(code);
      gallery.put(code, e.getClass());
    }
    assertThat(new TreeSet<>(gallery.values().stream().map(Class::getName).toList()))
        .isEqualTo(typedExceptions());
  }

  @Test
  void galleryHasNothingForCodesWithoutAType() {
    assertThat(StatusGallery.exception(299)).isEmpty();
    assertThat(StatusGallery.exception(509)).isEmpty();
    assertThat(StatusGallery.exception(200)).isEmpty();
  }

  /** Every concrete, final HttpException subclass in the core artifact, found by listing it. */
  private static Set<String> typedExceptions() throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(HttpException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve("dev/statuskit"))) {
        for (Path p : (Iterable<Path>) files::iterator) {
          names.add("dev.statuskit." + p.getFileName().toString());
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements();) {
          String n = en.nextElement().getName();
          if (n.startsWith("dev/statuskit/") && n.indexOf('/', 14) < 0) {
            names.add(n.replace('/', '.'));
          }
        }
      }
    }
    Set<String> typed = new TreeSet<>();
    for (String file : names) {
      if (!file.endsWith("Exception.class") || file.contains("$")) {
        continue;
      }
      Class<?> c = Class.forName(file.substring(0, file.length() - ".class".length()));
      if (HttpException.class.isAssignableFrom(c) && Modifier.isFinal(c.getModifiers())
          && !Modifier.isAbstract(c.getModifiers())) {
        typed.add(c.getName());
      }
    }
    assertThat(typed).hasSizeGreaterThan(40);
    return typed;
  }
}
