package dev.statuskit.servlet;

/** The hostile-input suite on JettyEe10. */
class HostileJettyEe10Test extends HostileServletSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new JettyEe10Harness();
  }
}
