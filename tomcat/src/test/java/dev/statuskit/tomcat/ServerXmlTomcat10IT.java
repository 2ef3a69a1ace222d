package dev.statuskit.tomcat;

/** {@link ServerXmlIT} on Tomcat 10.1, in its own Failsafe execution. */
class ServerXmlTomcat10IT extends ServerXmlIT {
}
