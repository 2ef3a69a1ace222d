package dev.statuskit.servlet.it.tomcat10;

import dev.statuskit.servlet.it.ServletContainerHarness;
import dev.statuskit.servlet.it.ServletScenarioSuite;
import dev.statuskit.servlet.it.TomcatHarness;

/** The servlet scenarios on Tomcat 10.1 (Servlet 6.0). */
class Tomcat10IT extends ServletScenarioSuite {

  Tomcat10IT() {
    super("10.1.");
  }

  @Override
  protected ServletContainerHarness newHarness() {
    return new TomcatHarness();
  }
}
