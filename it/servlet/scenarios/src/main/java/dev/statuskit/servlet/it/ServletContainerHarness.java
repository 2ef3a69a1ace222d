package dev.statuskit.servlet.it;

import java.net.URI;
import java.util.Map;

/**
 * Runs the scenario application in one embedded servlet container: StatusKit's filter and error
 * page, and the servlets of {@link Scenarios}, on 127.0.0.1 with an ephemeral port.
 */
public interface ServletContainerHarness {

  /** Where StatusKit is registered: with the descriptors' equivalent API, or programmatically. */
  String name();

  /**
   * Deploys and starts.
   *
   * @param contextParams context-params of the application
   * @return the base URI, for example {@code http://127.0.0.1:40123}
   * @throws Exception if the container or the deployment does not start (a bad StatusKit
   *     setting must make it fail)
   */
  URI start(Map<String, String> contextParams) throws Exception;

  /** Stops and releases the port; safe to call when start failed. */
  void stop() throws Exception;

  /**
   * Whether a servlet or filter whose {@code init} fails makes the deployment fail. Undertow only
   * logs a failing {@code load-on-startup} servlet (UT015024) and initializes filters on first use.
   */
  default boolean initFailureFailsDeployment() {
    return true;
  }

  /**
   * Who answers a path no servlet is mapped to: {@code "container"} when the container raises the
   * 404 outside the filter chain and the error page renders it (Tomcat, without a default
   * servlet), {@code "sendError"} when a default servlet inside the chain calls {@code
   * sendError(404)} and the wrapper renders it (Jetty's default 404 servlet, Undertow's default
   * servlet).
   */
  String unmappedPathAnsweredBy();

  /**
   * The status for a path no servlet is mapped to, requested with a method other than GET. Tomcat
   * (no default servlet here): 404. Jetty's and Undertow's default servlets: 405 for PUT and
   * DELETE; PATCH is 405 where the Servlet 6.1 {@code HttpServlet} knows {@code doPatch} (Jetty
   * ee11), otherwise {@code HttpServlet} answers an unknown method with 501.
   */
  int unmappedStatus(String method);

  /**
   * Whether that 405 carries {@code Allow}: Jetty's default 404 servlet leaves PUT and DELETE to
   * {@code HttpServlet}, so StatusKit derives {@code Allow}; Undertow's default servlet refuses them
   * itself without {@code Allow}, which StatusKit cannot know better.
   */
  default boolean unmappedMethodNotAllowedHasAllow() {
    return true;
  }

  /** The container's server string, to check which version runs. */
  String serverInfo();

  /**
   * The Servlet API version the container ships with ({@code "6.0"} or {@code "6.1"}): what its module
   * puts on the class path, and what decides how {@code HttpServlet} answers a method it does not know.
   */
  String servletApi();
}
