package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.Problem;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class CdiIntegrationTest {

  @ApplicationScoped
  @Priority(1)
  public static class TenantCustomizer implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      return problem.toBuilder().extension("tenant", "acme").build();
    }
  }

  @ApplicationScoped
  @Priority(2)
  public static class AfterTenant implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      return problem.toBuilder().extension("seenTenant", problem.extensions().get("tenant")).build();
    }
  }

  @ApplicationScoped
  public static class Metrics {
    final List<ProblemEvent> seen = new CopyOnWriteArrayList<>();

    void onProblem(@Observes ProblemEvent e) {
      seen.add(e);
    }

    List<ProblemEvent> seen() {
      return seen; // through the client proxy: its own fields are not the bean's
    }
  }

  @ApplicationScoped
  public static class BrokenObserver {
    void onProblem(@Observes ProblemEvent e) {
      throw new IllegalStateException("observer bug");
    }
  }

  @WeldSetup
  WeldInitiator weld = WeldInitiator.from(TenantCustomizer.class, AfterTenant.class, Metrics.class, BrokenObserver.class)
      .build();

  @Inject
  Metrics metrics;

  @Test
  void cdiCustomizersAreAppliedInPriorityOrderAndObserversSeeEveryProblem() {
    ProblemEngine h = ProblemEngine.builder().serviceLoader(false).build();
    ProblemEvent r = h.handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/orders"));
    assertThat(r.problem().extensions()).containsEntry("tenant", "acme").containsEntry("seenTenant", "acme");
    assertThat(metrics.seen()).hasSize(1);
    assertThat(metrics.seen().get(0).status().code()).isEqualTo(429);
    assertThat(metrics.seen().get(0).problem()).isEqualTo(r.problem());
  }

  @Test
  void aThrowingObserverDoesNotBreakTheResponse() {
    ProblemEngine h = ProblemEngine.builder().serviceLoader(false).build();
    assertThat(h.handle(new RuntimeException(), ProblemEngine.Request.of("GET", "/")).status().code()).isEqualTo(500);
    assertThat(metrics.seen()).hasSize(1);
  }
}
