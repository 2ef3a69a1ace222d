package dev.statuskit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The servlet scenarios on Tomcat 11 (Servlet 6.1). */
class TomcatTest extends ServletScenarioSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new TomcatHarness();
  }

  @Test
  void runsTheIntendedVersion() {
    assertThat(newHarness().serverInfo()).startsWith("11.0.");
  }
}
