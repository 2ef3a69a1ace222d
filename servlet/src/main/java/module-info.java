/**
 * StatusKit for servlet containers: an outermost filter, a {@code sendError} wrapper and an
 * error-page servlet that answer every error with RFC 9457 problem details; a
 * {@code META-INF/web-fragment.xml} registers them when the jar is in {@code WEB-INF/lib}.
 */
module dev.statuskit.servlet {
  requires transitive dev.statuskit.core;
  requires transitive jakarta.servlet;
  requires static org.jspecify;
  // Only for dev.statuskit.servlet.jetty, used where Jetty runs; absent elsewhere.
  requires static org.eclipse.jetty.server;

  exports dev.statuskit.servlet;
  exports dev.statuskit.servlet.jetty;

  provides dev.statuskit.engine.Settings.KeySet with dev.statuskit.servlet.ProblemFilter.Keys;
}
