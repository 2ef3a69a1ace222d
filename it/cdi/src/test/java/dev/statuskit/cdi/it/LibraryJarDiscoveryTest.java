package dev.statuskit.cdi.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: "Beans in a library jar must be discovered under CDI 4's default annotated discovery".
 * A real Weld 6 SE container boots with discovery on (no {@code disableDiscovery()}, no bean classes
 * named) over a class loader that holds a library jar built in the test; the library's classes exist
 * nowhere else, so whatever the container finds it found by discovery.
 */
class LibraryJarDiscoveryTest {

  @TempDir
  Path dir;

  @BeforeEach
  void clear() {
    Recorder.clear();
  }

  /** CDI 4.0 §12.1: an empty beans.xml makes an annotated (not an explicit) bean archive. */
  @Test
  void beansOfALibraryJarWithAnEmptyBeansXmlAreDiscoveredAndApplied() throws Exception {
    Path jar = LibraryJar.build(dir, LibraryJar.BeansXml.EMPTY);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
        WeldContainer weld = new Weld("library-empty-beans-xml").setClassLoader(loader).initialize()) {
      ProblemEvent r = handler(loader).handle(new TooManyRequestsException().retryAfter(Duration.ofSeconds(30)),
          ProblemEngine.Request.of("GET", "/orders"));

      assertThat(r.problem().extensions()).containsEntry("library", "customized").doesNotContainKey("unannotated");
      assertThat(Recorder.seen()).containsExactly("LibraryObserver: 429 GET /orders [library]");
      assertThat(beanClassNames(weld)).containsExactly(LibraryJar.PACKAGE + ".LibraryCustomizer");
    }
  }

  /** A class without a bean-defining annotation in an annotated archive is no bean, so StatusKit never sees it. */
  @Test
  void aClassWithoutABeanDefiningAnnotationInTheLibraryIsNotDiscovered() throws Exception {
    Path jar = LibraryJar.build(dir, LibraryJar.BeansXml.EMPTY);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
        WeldContainer weld = new Weld("library-unannotated").setClassLoader(loader).initialize()) {
      Class<?> unannotated = loader.loadClass(LibraryJar.PACKAGE + ".UnannotatedCustomizer");
      Class<?> annotated = loader.loadClass(LibraryJar.PACKAGE + ".LibraryCustomizer");

      assertThat(weld.getBeanManager().getBeans(unannotated)).isEmpty();
      assertThat(weld.getBeanManager().getBeans(annotated)).hasSize(1);
      assertThat(handler(loader).handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/")).problem().extensions())
          .doesNotContainKey("unannotated");
    }
  }

  /**
   * CDI 4.0 §15.1 (Java SE): an archive without beans.xml is an implicit bean archive only when
   * {@code jakarta.enterprise.inject.scan.implicit} is true. Weld SE follows that: by default it looks
   * only for {@code META-INF/beans.xml} through the class loader, so a jar without one contributes no
   * bean. (In a Jakarta EE server, such a jar in a WAR's {@code WEB-INF/lib} is an implicit archive.)
   */
  @Test
  void aLibraryJarWithoutBeansXmlIsNoBeanArchiveInWeldSeByDefault() throws Exception {
    Path jar = LibraryJar.build(dir, LibraryJar.BeansXml.NONE);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
        WeldContainer weld = new Weld("library-no-beans-xml").setClassLoader(loader).initialize()) {
      ProblemEvent r = handler(loader).handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/orders"));

      assertThat(weld.getBeanManager().getBeans(loader.loadClass(LibraryJar.PACKAGE + ".LibraryCustomizer")))
          .isEmpty();
      assertThat(r.problem().extensions()).doesNotContainKeys("library", "unannotated");
      assertThat(Recorder.seen()).isEmpty();
    }
  }

  /**
   * The other half of CDI 4.0 §15.1: with {@code jakarta.enterprise.inject.scan.implicit=true} the
   * same jar without beans.xml is an implicit bean archive, scanned like an annotated one. Weld SE
   * then reads the entries of {@code java.class.path} (not a class loader), so this runs in a JVM of
   * its own whose class path holds the jar, StatusKit core and Weld, booted through the portable
   * {@code SeContainerInitializer}.
   */
  @Test
  void aLibraryJarWithoutBeansXmlIsScannedForAnnotatedBeansWhenImplicitScanIsOn() throws Exception {
    Path jar = LibraryJar.build(dir.resolve("library"), LibraryJar.BeansXml.NONE);

    List<String> out = ImplicitScan.run(dir.resolve("launcher"), jar);

    assertThat(out).contains("extensions=[library]",
        "recorded=[LibraryObserver: 429 GET /implicit [library]]");
  }

  private static ProblemEngine handler(ClassLoader loader) {
    return ProblemEngine.builder().serviceLoader(false).classLoader(loader).build();
  }

  /** The customizer beans the container found (the test class path itself is no bean archive). */
  private static List<String> beanClassNames(WeldContainer weld) {
    return weld.select(ProblemCustomizer.class).handlesStream().map(h -> h.getBean().getBeanClass().getName())
        .toList();
  }
}
