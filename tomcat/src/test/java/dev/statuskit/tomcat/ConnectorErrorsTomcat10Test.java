package dev.statuskit.tomcat;

/** {@link TomcatConnectorErrorsTest} on Tomcat 10.1 (Servlet 6.0), in its own Surefire execution. */
class ConnectorErrorsTomcat10Test extends TomcatConnectorErrorsTest {

  @Override
  String expectedVersion() {
    return "10.1.";
  }
}
