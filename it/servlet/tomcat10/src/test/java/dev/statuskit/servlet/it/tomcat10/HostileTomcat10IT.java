package dev.statuskit.servlet.it.tomcat10;

import dev.statuskit.servlet.it.HostileServletSuite;
import dev.statuskit.servlet.it.ServletContainerHarness;
import dev.statuskit.servlet.it.TomcatHarness;

/** The hostile-input suite on Tomcat10. */
class HostileTomcat10IT extends HostileServletSuite {

  @Override
  protected ServletContainerHarness newHarness() {
    return new TomcatHarness();
  }
}
