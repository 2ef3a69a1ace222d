package dev.statuskit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The servlet scenarios on Jetty 12.1 ee10 (Servlet 6.0), in the ee10 Surefire execution. */
class JettyEe10Test extends ServletScenarioSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new JettyEe10Harness();
  }

  @Test
  void runsTheIntendedVersion() {
    assertThat(newHarness().serverInfo()).startsWith("12.1.");
  }
}
