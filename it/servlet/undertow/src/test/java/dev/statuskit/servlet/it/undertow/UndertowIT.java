package dev.statuskit.servlet.it.undertow;

import dev.statuskit.servlet.it.ServletContainerHarness;
import dev.statuskit.servlet.it.ServletScenarioSuite;

/** The servlet scenarios on Undertow 2.3 (Servlet 6.0). */
class UndertowIT extends ServletScenarioSuite {

  UndertowIT() {
    super("2.3.");
  }

  @Override
  protected ServletContainerHarness newHarness() {
    return new UndertowHarness();
  }
}
