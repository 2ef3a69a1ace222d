package dev.statuskit.servlet;

/** The hostile-input suite on JettyEe11. */
class HostileJettyEe11Test extends HostileServletSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new JettyEe11Harness();
  }
}
