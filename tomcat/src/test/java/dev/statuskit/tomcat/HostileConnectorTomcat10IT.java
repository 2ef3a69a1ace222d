package dev.statuskit.tomcat;

/** {@link HostileTomcatConnectorIT} on Tomcat 10.1 (Servlet 6.0), in its own Failsafe execution. */
class HostileConnectorTomcat10IT extends HostileTomcatConnectorIT {
}
