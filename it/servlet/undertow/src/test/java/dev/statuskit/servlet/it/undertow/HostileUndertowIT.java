package dev.statuskit.servlet;

/** The hostile-input suite on Undertow. */
class HostileUndertowTest extends HostileServletSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new UndertowHarness();
  }
}
