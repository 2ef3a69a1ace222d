package dev.statuskit.servlet.it.jetty;

import dev.statuskit.servlet.it.JettyHarness;
import dev.statuskit.servlet.it.ServletContainerHarness;
import dev.statuskit.servlet.it.ServletScenarioSuite;

/** The servlet scenarios on Jetty 12.1 ee10 (Servlet 6.0). */
class JettyEe10IT extends ServletScenarioSuite {

  JettyEe10IT() {
    super("12.1.");
  }

  @Override
  protected ServletContainerHarness newHarness() {
    return new JettyHarness("ee10", "6.0");
  }
}
