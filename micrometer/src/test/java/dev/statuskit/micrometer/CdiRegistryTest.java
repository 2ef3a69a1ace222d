package dev.statuskit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class CdiRegistryTest {

  /** The application's one registry, as a CDI bean. */
  @ApplicationScoped
  public static class Registries {
    static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();

    @Produces
    static MeterRegistry registry() {
      return REGISTRY;
    }
  }

  @WeldSetup
  WeldInitiator weld = WeldInitiator.from(Registries.class).build();

  @Test
  void countsOnTheOneMeterRegistryBeanOfTheRunningContainer() {
    CounterEngines.countNotFound(new ProblemCounter(), 2);

    assertThat(Registries.REGISTRY.get(ProblemCounter.METER_NAME).tags("status", "404").counter().count())
        .isEqualTo(2.0);
  }
}
