package dev.statuskit.servlet.it.undertow;

import dev.statuskit.servlet.it.HostileServletSuite;
import dev.statuskit.servlet.it.ServletContainerHarness;

/** The hostile-input suite on Undertow. */
class HostileUndertowIT extends HostileServletSuite {

  @Override
  protected ServletContainerHarness newHarness() {
    return new UndertowHarness();
  }
}
