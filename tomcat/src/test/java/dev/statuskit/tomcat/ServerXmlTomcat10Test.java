package dev.statuskit.tomcat;

/** {@link ServerXmlTest} on Tomcat 10.1, in its own Surefire execution. */
class ServerXmlTomcat10Test extends ServerXmlTest {
}
