package dev.statuskit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The servlet scenarios on Jetty 12.1 ee11 (Servlet 6.1), in its own Surefire execution. */
class JettyEe11Test extends ServletScenarioSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new JettyEe11Harness();
  }

  @Test
  void runsTheIntendedVersion() {
    assertThat(newHarness().serverInfo()).startsWith("12.1.");
  }
}
