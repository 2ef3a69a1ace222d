package dev.statuskit.cdi.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * An {@code @ObservesAsync} observer of {@link ProblemEvent} (for metrics that must not slow the
 * error response) is notified the CDI way, on another thread, and never on the request thread.
 */
class AsyncObserverTest {

  @ApplicationScoped
  public static class AsyncMetrics {
    static final CountDownLatch NOTIFIED = new CountDownLatch(1);
    static volatile String thread = "";

    void onProblem(@ObservesAsync ProblemEvent event) {
      thread = Thread.currentThread().getName();
      NOTIFIED.countDown();
    }
  }

  /** Regression: core notified every observer from resolveObserverMethods synchronously, async ones too. */
  @Test
  void anAsyncObserverIsNotifiedOffTheRequestThread() throws Exception {
    try (WeldContainer weld = new Weld("async-observer").disableDiscovery().addBeanClass(AsyncMetrics.class)
        .initialize()) {
      ProblemEngine.builder().serviceLoader(false).build().handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/a"));

      assertThat(AsyncMetrics.NOTIFIED.await(10, TimeUnit.SECONDS)).as("async observer notified").isTrue();
      assertThat(AsyncMetrics.thread).isNotEqualTo(Thread.currentThread().getName());
    }
  }
}
