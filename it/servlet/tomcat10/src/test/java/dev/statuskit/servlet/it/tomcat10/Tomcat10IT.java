package dev.statuskit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The servlet scenarios on Tomcat 10.1 (Servlet 6.0), in its own Surefire execution. */
class Tomcat10Test extends ServletScenarioSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new TomcatHarness();
  }

  @Test
  void runsTheIntendedVersion() {
    assertThat(newHarness().serverInfo()).startsWith("10.1.");
  }
}
