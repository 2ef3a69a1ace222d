package dev.statuskit.servlet;

/** The hostile-input suite on Tomcat10. */
class HostileTomcat10Test extends HostileServletSuite {

  @Override
  ServletContainerHarness newHarness() {
    return new TomcatHarness();
  }
}
