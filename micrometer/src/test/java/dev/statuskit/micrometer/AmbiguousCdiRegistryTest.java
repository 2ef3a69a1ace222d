package dev.statuskit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class AmbiguousCdiRegistryTest {

  /** Two registry beans: the listener cannot choose, and counts on the global registry. */
  @ApplicationScoped
  public static class TwoRegistries {
    static final SimpleMeterRegistry FIRST = new SimpleMeterRegistry();
    static final SimpleMeterRegistry SECOND = new SimpleMeterRegistry();

    @Produces
    static MeterRegistry first() {
      return FIRST;
    }

    @Produces
    @Named("second")
    static MeterRegistry second() {
      return SECOND;
    }
  }

  @WeldSetup
  WeldInitiator weld = WeldInitiator.from(TwoRegistries.class).build();

  @Test
  void twoRegistryBeansFallBackToTheGlobalRegistry() {
    SimpleMeterRegistry global = CounterEngines.countNotFoundOnTheGlobalRegistry();

    assertThat(global.get(ProblemCounter.METER_NAME).counter().count()).isEqualTo(1.0);
    assertThat(TwoRegistries.FIRST.getMeters()).isEmpty();
    assertThat(TwoRegistries.SECOND.getMeters()).isEmpty();
  }
}
