package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.TooManyRequestsException;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** The CDI glue on Weld 5.1 (CDI 4.0, the EE 10 level): listener beans and asynchronous observers. */
@EnableWeld
class CdiListenersAndAsyncObserversTest {

  static final List<String> HEARD = new CopyOnWriteArrayList<>();
  static final CountDownLatch ASYNC = new CountDownLatch(1);
  static volatile String asyncThread = "";

  @ApplicationScoped
  @Priority(2)
  public static class AuditListener implements ProblemListener {
    @Override
    public void onProblem(ProblemEvent event) {
      HEARD.add("bean " + event.status().code());
    }
  }

  @Priority(1)
  static final class FirstListener implements ProblemListener {
    @Override
    public void onProblem(ProblemEvent event) {
      HEARD.add("given " + event.status().code());
    }
  }

  @ApplicationScoped
  public static class AsyncMetrics {
    void onProblem(@ObservesAsync ProblemEvent event) {
      asyncThread = Thread.currentThread().getName();
      ASYNC.countDown();
    }
  }

  @WeldSetup
  WeldInitiator weld = WeldInitiator.from(AuditListener.class, AsyncMetrics.class).build();

  /** Regression: ProblemListener beans were ignored although ProblemHandler's javadoc promised them. */
  @Test
  void listenerBeansJoinTheOtherListenersInPriorityOrder() {
    HEARD.clear();
    ProblemEngine h = ProblemEngine.builder().serviceLoader(false).listener(new FirstListener()).build();

    h.handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/"));

    assertThat(HEARD).containsExactly("given 429", "bean 429");
  }

  /** Regression: @ObservesAsync observers were notified synchronously, on the request thread. */
  @Test
  void asyncObserversAreNotifiedOffTheCallingThread() throws InterruptedException {
    ProblemEngine.builder().serviceLoader(false).build().handle(new RuntimeException(), ProblemEngine.Request.of("GET", "/"));

    assertThat(ASYNC.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(asyncThread).isNotEqualTo(Thread.currentThread().getName());
  }
}
