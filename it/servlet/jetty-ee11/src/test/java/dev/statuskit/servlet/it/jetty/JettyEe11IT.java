package dev.statuskit.servlet.it.jetty;

import dev.statuskit.servlet.it.JettyHarness;
import dev.statuskit.servlet.it.ServletContainerHarness;
import dev.statuskit.servlet.it.ServletScenarioSuite;

/** The servlet scenarios on Jetty 12.1 ee11 (Servlet 6.1). */
class JettyEe11IT extends ServletScenarioSuite {

  JettyEe11IT() {
    super("12.1.");
  }

  @Override
  protected ServletContainerHarness newHarness() {
    return new JettyHarness("ee11", "6.1");
  }
}
