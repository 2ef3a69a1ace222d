/**
 * Tomcat's host-level error report, for the errors no web application sees:
 * <pre>{@code
 * Tomcat tomcat = new Tomcat();
 * ((StandardHost) tomcat.getHost()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
 * }</pre>
 * A standalone Tomcat names the class in {@code server.xml}'s {@code <Host errorReportValveClass="...">}.
 */
@NullMarked
package dev.statuskit.tomcat;

import org.jspecify.annotations.NullMarked;
