package dev.statuskit.servlet.it.jetty;

import dev.statuskit.servlet.it.HostileServletSuite;
import dev.statuskit.servlet.it.JettyHarness;
import dev.statuskit.servlet.it.ServletContainerHarness;

/** The hostile-input suite on Jetty 12.1 ee10. */
class HostileJettyEe10IT extends HostileServletSuite {

  @Override
  protected ServletContainerHarness newHarness() {
    return new JettyHarness("ee10", "6.0");
  }
}
