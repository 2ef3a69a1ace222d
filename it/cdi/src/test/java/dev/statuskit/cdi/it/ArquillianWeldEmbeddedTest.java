package dev.statuskit.cdi.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 on Arquillian's weld-embedded container (Weld 6): CDI customizer beans and a ServiceLoader
 * customizer run in one {@code @Priority} order, CDI and ServiceLoader listeners and CDI observers see the
 * final problem, and an observer that throws silences neither the response nor the other observers.
 */
@ExtendWith(ArquillianExtension.class)
class ArquillianWeldEmbeddedTest {

  /** Adds its step to the problem's {@code trail} extension, so the order the customizers ran in shows. */
  public abstract static class TrailCustomizer implements ProblemCustomizer {
    private final String step;

    TrailCustomizer(String step) {
      this.step = step;
    }

    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      List<Object> trail = new ArrayList<>();
      if (problem.extensions().get("trail") instanceof List<?> before) {
        trail.addAll(before);
      }
      trail.add(step);
      return problem.toBuilder().extension("trail", trail).build();
    }
  }

  /** Runs first (lowest priority value) although the container may list it anywhere. */
  @ApplicationScoped
  @Priority(10)
  public static class EarlyCustomizer extends TrailCustomizer {
    public EarlyCustomizer() {
      super("early");
    }
  }

  @ApplicationScoped
  @Priority(30)
  public static class LateCustomizer extends TrailCustomizer {
    public LateCustomizer() {
      super("late");
    }
  }

  /** Not a bean (no bean-defining annotation): found through META-INF/services only, and ordered between the two. */
  @Priority(20)
  public static class ServiceLoaderCustomizer extends TrailCustomizer {
    public ServiceLoaderCustomizer() {
      super("serviceLoader");
    }
  }

  /** Not a bean; found through META-INF/services. */
  public static class RecordingListener implements ProblemListener {
    @Override
    public void onProblem(ProblemEvent event) {
      Recorder.record("RecordingListener", String.valueOf(event.problem().extensions().get("trail")));
    }
  }

  /** A listener that is a CDI bean: runs before the ServiceLoader one (priority 1 against the default 5000). */
  @ApplicationScoped
  @Priority(1)
  public static class AuditListener implements ProblemListener {
    @Override
    public void onProblem(ProblemEvent event) {
      Recorder.record("AuditListener", String.valueOf(event.problem().extensions().get("trail")));
    }
  }

  @ApplicationScoped
  public static class ThrowingObserver {
    void onProblem(@Observes @Priority(1) ProblemEvent event) {
      Recorder.record("ThrowingObserver", "threw");
      throw new IllegalStateException("observer bug");
    }
  }

  @ApplicationScoped
  public static class CountingObserver {
    private final List<String> seen = new CopyOnWriteArrayList<>();

    void onProblem(@Observes @Priority(2) ProblemEvent event) {
      Recorder.record("CountingObserver", "counted");
      seen.add(event.status().code() + " " + event.method() + " " + event.path() + " "
          + event.problem().extensions().get("trail") + " " + event.exception().map(e -> e.getClass().getSimpleName())
          .orElse("-"));
    }

    List<String> seen() {
      return List.copyOf(seen);
    }
  }

  @Deployment
  static JavaArchive deployment() {
    return ShrinkWrap.create(JavaArchive.class, "hooks.jar")
        .addClasses(TrailCustomizer.class, EarlyCustomizer.class, LateCustomizer.class, ServiceLoaderCustomizer.class,
            RecordingListener.class, AuditListener.class, ThrowingObserver.class, CountingObserver.class, Recorder.class)
        .addAsServiceProvider(ProblemCustomizer.class, ServiceLoaderCustomizer.class)
        .addAsServiceProvider(ProblemListener.class, RecordingListener.class)
        .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject
  CountingObserver counter;

  @Test
  void cdiAndServiceLoaderCustomizersRunInPriorityOrderAndEveryHookSeesTheFinalProblem() {
    ProblemEngine handler = ProblemEngine.builder().build();
    // One deployment (and one application-scoped counter) per class, and the recorder is static and
    // shared with other test classes: compare with what was there before.
    int before = counter.seen().size();
    int recordedBefore = Recorder.seen().size();

    ProblemEvent r = handler.handle(new TooManyRequestsException().retryAfter(Duration.ofSeconds(5)), ProblemEngine.Request.of("POST", "/orders"));

    assertThat(r.status().code()).isEqualTo(429);
    assertThat(r.problem().extensions()).containsEntry("trail", List.of("early", "serviceLoader", "late"));
    assertThat(r.headers().all("Retry-After")).containsExactly("5");
    assertThat(r.headers().all("Cache-Control")).containsExactly("no-store");
    assertThat(counter.seen().subList(before, counter.seen().size())).containsExactly("429 POST /orders [early, serviceLoader, late] TooManyRequestsException");
    assertThat(Recorder.seen().subList(recordedBefore, Recorder.seen().size())).containsExactly(
        "AuditListener: [early, serviceLoader, late]",
        "RecordingListener: [early, serviceLoader, late]",
        "ThrowingObserver: threw",
        "CountingObserver: counted");
  }

  @Test
  void aThrowingObserverBreaksNeitherTheResponseNorTheObserversAfterIt() {
    ProblemEngine handler = ProblemEngine.builder().build();
    int before = counter.seen().size();
    long threwBefore = Recorder.seen().stream().filter(s -> s.startsWith("ThrowingObserver")).count();

    ProblemEvent first = handler.handle(new IllegalStateException("secret"), ProblemEngine.Request.of("GET", "/a"));
    ProblemEvent second = handler.handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/b"));

    assertThat(first.status().code()).isEqualTo(500);
    assertThat(first.problem().detail()).isEmpty();
    assertThat(second.status().code()).isEqualTo(429);
    assertThat(counter.seen()).hasSize(before + 2);
    assertThat(Recorder.seen()).filteredOn(s -> s.startsWith("ThrowingObserver")).hasSize((int) threwBefore + 2);
  }
}
