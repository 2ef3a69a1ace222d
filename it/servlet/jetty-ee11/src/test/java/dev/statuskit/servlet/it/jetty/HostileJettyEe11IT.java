package dev.statuskit.servlet.it.jetty;

import dev.statuskit.servlet.it.HostileServletSuite;
import dev.statuskit.servlet.it.JettyHarness;
import dev.statuskit.servlet.it.ServletContainerHarness;

/** The hostile-input suite on Jetty 12.1 ee11. */
class HostileJettyEe11IT extends HostileServletSuite {

  @Override
  protected ServletContainerHarness newHarness() {
    return new JettyHarness("ee11", "6.1");
  }
}
