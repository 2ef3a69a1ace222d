package dev.statuskit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.conformance.ResponseView;
import dev.statuskit.conformance.Violation;
import dev.statuskit.spi.ConformanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.jspecify.annotations.Nullable;
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
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("Date", List.of("Sun, 06 Nov 1994 08:49:37 GMT"));
    ConformanceGuard.Target target = new ConformanceGuard.Target() {
      @Override
      public @Nullable String allowedMethods() {
        return null;
      }

      @Override
      public void setHeader(String name, String value) {
        fields.put(name, List.of(value));
      }
    };
    for (int i = 0; i < 2; i++) {
      assertThat(guard.guard("GET /admin", ResponseView.of(401, fields, null), target))
          .extracting(Violation::key).containsExactly("field-required:WWW-Authenticate");
    }
    assertThat(HEARD).containsExactly("GET /admin 401 field-required:WWW-Authenticate");
    assertThat(fields).containsOnlyKeys("Date");
  }

  @Test
  void aGuardGivenItsListenersDoesNotLookUpBeans() {
    HEARD.clear();
    List<String> own = new ArrayList<>();
    ConformanceGuard guard = ConformanceGuard.of(List.of((route, status, v) -> own.add(route)));
    Map<String, List<String>> fields = new LinkedHashMap<>(Map.of("Date", List.of("Sun, 06 Nov 1994 08:49:37 GMT")));
    guard.guard("GET /", ResponseView.of(401, fields, null), new ConformanceGuard.Target() {
      @Override
      public @Nullable String allowedMethods() {
        return null;
      }

      @Override
      public void setHeader(String name, String value) {
        fields.put(name, List.of(value));
      }
    });
    assertThat(own).containsExactly("GET /");
    assertThat(HEARD).isEmpty();
  }
}
