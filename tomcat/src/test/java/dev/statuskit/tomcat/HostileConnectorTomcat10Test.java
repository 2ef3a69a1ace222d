package dev.statuskit.tomcat;

/** {@link HostileTomcatConnectorTest} on Tomcat 10.1 (Servlet 6.0), in its own Surefire execution. */
class HostileConnectorTomcat10Test extends HostileTomcatConnectorTest {
}
