package dev.statuskit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.conformance.Violation;
import dev.statuskit.spi.ConformanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** A ConformanceListener bean hears the guard's reports, as a ServiceLoader one does, without a service file. */
@EnableWeld
class ConformanceGuardCdiTest {

  /** Every report a bean heard, across the container's life. */
  static final List<String> HEARD = new ArrayList<>();

  @ApplicationScoped
  public static class RecordingBean implements ConformanceListener {
    @Override
    public void onViolation(String route, int status, Violation violation) {
      HEARD.add(route + " " + status + " " + violation.key());
    }
  }

  @ApplicationScoped
  public static class ThrowingBean implements ConformanceListener {
    @Override
    public void onViolation(String route, int status, Violation violation) {
      throw new IllegalStateException("boom");
    }
  }

  @WeldSetup
  WeldInitiator weld = WeldInitiator.from(RecordingBean.class, ThrowingBean.class).build();

  @Test
  void aBeanHearsEachReportOnceAndAFailingBeanChangesNothing() {
    HEARD.clear();
    ConformanceGuard guard = ConformanceGuard.load(null);
    ConformanceGuardTest.Target t = new ConformanceGuardTest.Target(null);
    t.setHeader("Date", ConformanceGuardTest.DATE);
    for (int i = 0; i < 2; i++) {
      assertThat(guard.guard("GET /admin", t.view(401), t))
          .extracting(Violation::key).containsExactly("field-required:WWW-Authenticate");
    }
    assertThat(HEARD).containsExactly("GET /admin 401 field-required:WWW-Authenticate");
    assertThat(t.fields).containsOnlyKeys("Date");
  }

  @Test
  void aGuardGivenItsListenersDoesNotLookUpBeans() {
    HEARD.clear();
    List<String> own = new ArrayList<>();
    ConformanceGuard guard = ConformanceGuard.of(List.of((route, status, v) -> own.add(route)));
    ConformanceGuardTest.Target t = new ConformanceGuardTest.Target(null);
    t.setHeader("Date", ConformanceGuardTest.DATE);
    guard.guard("GET /", t.view(401), t);
    assertThat(own).containsExactly("GET /");
    assertThat(HEARD).isEmpty();
  }
}
