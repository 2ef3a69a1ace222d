package dev.statuskit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The servlet scenarios on Undertow 2.3 (Servlet 6.0), in the ee10 Surefire execution. */
class UndertowTest extends ServletScenarioSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new UndertowHarness();
  }

  @Test
  void runsTheIntendedVersion() {
    assertThat(newHarness().serverInfo()).startsWith("2.3.");
  }
}
