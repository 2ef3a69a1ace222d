package dev.statuskit.servlet;

/** The hostile-input suite on Tomcat. */
class HostileTomcatTest extends HostileServletSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new TomcatHarness();
  }

  @Override
  boolean runsLoadTest() {
    return true;
  }
}
