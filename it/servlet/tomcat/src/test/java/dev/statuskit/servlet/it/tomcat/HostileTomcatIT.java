package dev.statuskit.servlet.it.tomcat;

import dev.statuskit.servlet.it.HostileServletSuite;
import dev.statuskit.servlet.it.ServletContainerHarness;
import dev.statuskit.servlet.it.TomcatHarness;

/** The hostile-input suite on Tomcat. */
class HostileTomcatIT extends HostileServletSuite {

  @Override
  protected ServletContainerHarness newHarness() {
    return new TomcatHarness();
  }

  @Override
  protected boolean runsLoadTest() {
    return true;
  }
}
