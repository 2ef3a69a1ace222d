package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.NotFoundException;
import dev.statuskit.Problem;
import dev.statuskit.spi.LocaleResolver;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import jakarta.annotation.Priority;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hooks ServiceLoader finds through the engine's class loader, and the priority that orders them. */
class HooksTest {

  @TempDir
  Path dir;

  /** What the service-loaded listener saw, per test. */
  static final List<ProblemEvent> HEARD = new ArrayList<>();

  @Priority(20)
  public static final class French implements LocaleResolver {
    @Override
    public Optional<Locale> resolve(ProblemEngine.Request request, List<Locale> supported) {
      return Optional.of(Locale.FRENCH);
    }
  }

  @Priority(10)
  public static final class Spanish implements LocaleResolver {
    @Override
    public Optional<Locale> resolve(ProblemEngine.Request request, List<Locale> supported) {
      return Optional.of(Locale.forLanguageTag("es"));
    }
  }

  /** Appends its name to the member "order". */
  public abstract static class Appending implements ProblemCustomizer {
    private final String name;

    Appending(String name) {
      this.name = name;
    }

    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      Object before = problem.extensions().get("order");
      return problem.toBuilder().extension("order", before == null ? name : before + "," + name).build();
    }
  }

  @Priority(30)
  public static final class Late extends Appending {
    public Late() {
      super("late");
    }
  }

  @Priority(1)
  public static class Early extends Appending {
    public Early() {
      super("early");
    }
  }

  public static final class Heard implements ProblemListener {
    @Override
    public void onProblem(ProblemEvent event) {
      HEARD.add(event);
    }
  }

  /** Named as CDI names its client proxies: a subclass of the bean class with "Proxy" in its name. */
  static class EarlyProxy extends Early {}

  /** A subclass that is no proxy: the annotation is not inherited. */
  static class EarlyChild extends Early {}

  /** An annotation of the same simple name that is not {@code jakarta.annotation.Priority}. */
  @Retention(RetentionPolicy.RUNTIME)
  @interface OtherPriority {
    int value();
  }

  @OtherPriority(1)
  static final class NotPrioritized implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      return problem;
    }
  }

  /** A class loader that finds the given service files, and everything else where the tests are. */
  private ClassLoader services(Map<Class<?>, String> providers) throws IOException {
    for (Map.Entry<Class<?>, String> e : providers.entrySet()) {
      Path file = dir.resolve("META-INF/services/" + e.getKey().getName());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
    }
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, HooksTest.class.getClassLoader());
  }

  private static ProblemEvent handle(ProblemEngine engine) {
    return engine.handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/", Map.of("Accept-Language", "de")));
  }

  @Test
  void theServiceLoadedLocaleResolverOfLowestPriorityChooses() throws IOException {
    ClassLoader loader = services(Map.of(LocaleResolver.class, French.class.getName() + "\n" + Spanish.class.getName()
        + "\n"));

    ProblemEvent r = handle(ProblemEngine.builder().cdi(false).classLoader(loader).build());

    assertThat(r.problem().title()).hasValue("No encontrado");
    assertThat(r.headers().all("Content-Language")).containsExactly("es");
  }

  @Test
  void theBuildersLocaleResolverWinsOverServiceLoadedOnesAndNoneAreLoadedWhenServiceLoadingIsOff()
      throws IOException {
    ClassLoader loader = services(Map.of(LocaleResolver.class, Spanish.class.getName() + "\n"));

    ProblemEvent own = handle(ProblemEngine.builder().cdi(false).classLoader(loader).localeResolver(new French())
        .build());
    ProblemEvent off = handle(ProblemEngine.builder().cdi(false).classLoader(loader).serviceLoader(false).build());

    assertThat(own.problem().title()).hasValue("Introuvable");
    assertThat(off.problem().title()).hasValue("Nicht gefunden"); // Accept-Language, negotiated
    assertThat(off.headers().all("Content-Language")).containsExactly("de");
  }

  @Test
  void serviceLoadedCustomizersRunInPriorityOrderAfterTheBuildersAndListenersHear() throws IOException {
    HEARD.clear();
    ClassLoader loader = services(Map.of(
        ProblemCustomizer.class, Late.class.getName() + "\n" + Early.class.getName() + "\n",
        ProblemListener.class, Heard.class.getName() + "\n"));

    ProblemEvent r = handle(ProblemEngine.builder().cdi(false).classLoader(loader)
        .customizer(new Middle()).build());

    assertThat(r.problem().extensions()).containsEntry("order", "early,middle,late");
    assertThat(HEARD).containsExactly(r);
    HEARD.clear();
  }

  @Priority(20)
  static final class Middle extends Appending {
    Middle() {
      super("middle");
    }
  }

  @Test
  void priorityIsReadFromTheBeanClassBehindAProxyOnly() {
    assertThat(Hooks.priority(new Early())).isEqualTo(1);
    assertThat(Hooks.priority(new EarlyProxy())).isEqualTo(1);
    assertThat(Hooks.priority(new EarlyChild())).isEqualTo(5000);
    assertThat(Hooks.priority(new NotPrioritized())).isEqualTo(5000);
  }
}
