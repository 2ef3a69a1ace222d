package dev.statuskit.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ClientErrorException;
import dev.statuskit.HttpException;
import dev.statuskit.HttpProblem;
import dev.statuskit.ProblemExtension;
import dev.statuskit.jaxrs.DefaultRetryAfter;
import dev.statuskit.jaxrs.MapException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

class StatusKitProcessorTest {

  @HttpProblem(status = 409, title = "Sold out")
  static class SoldOut extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Carries @ProblemExtension only: its fields are read by reflection too. */
  static class WithExtension extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @ProblemExtension
    String sku = "7";
  }

  static class Gone extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    Gone() {
      super(410);
    }
  }

  @MapException(exception = IllegalStateException.class, status = 409)
  static class ClassRules {}

  static class MethodRules {
    @DefaultRetryAfter(seconds = 5)
    public void slow() {}
  }

  static class Plain {}

  private static Index index(Class<?>... classes) throws IOException {
    Indexer indexer = new Indexer();
    for (Class<?> c : classes) {
      try (InputStream in = c.getClassLoader().getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
        indexer.index(in);
      }
    }
    return indexer.complete();
  }

  @Test
  void reflectionCoversExceptionsAndAnnotatedClassesOnly() throws IOException {
    Index index = index(HttpException.class, ClientErrorException.class, SoldOut.class, WithExtension.class,
        Gone.class, ClassRules.class, MethodRules.class, Plain.class);

    assertThat(StatusKitProcessor.annotatedClasses(index)).containsExactlyInAnyOrder(
        ClientErrorException.class.getName(), SoldOut.class.getName(), WithExtension.class.getName(),
        Gone.class.getName(), ClassRules.class.getName(), MethodRules.class.getName());
  }

  /** The build step names StatusKit's classes by string: a rename must fail here, not in a native image. */
  @Test
  void everyNamedClassExists() throws ClassNotFoundException {
    ClassLoader loader = StatusKitProcessorTest.class.getClassLoader();
    for (String name : StatusKitProcessor.PROVIDERS) {
      Class.forName(name, false, loader);
    }
    for (DotName name : StatusKitProcessor.ANNOTATIONS) {
      assertThat(Class.forName(name.toString(), false, loader).isAnnotation()).as(name.toString()).isTrue();
    }
    for (String name : List.copyOf(StatusKitProcessor.SERVICES)) {
      assertThat(Class.forName(name, false, loader).isInterface()).as(name).isTrue();
    }
  }
}
