package dev.statuskit.tomcat;

/** {@link TomcatConnectorErrorsIT} on Tomcat 10.1 (Servlet 6.0), in its own Failsafe execution. */
class ConnectorErrorsTomcat10IT extends TomcatConnectorErrorsIT {

  @Override
  String expectedVersion() {
    return "10.1.";
  }
}
