/**
 * StatusKit for Tomcat's host: {@code dev.statuskit.tomcat.ProblemErrorReportValve} answers the
 * errors Tomcat raises before any web application runs (a request it cannot parse, a path outside
 * every context) with RFC 9457 problem details.
 */
module dev.statuskit.tomcat {
  requires transitive dev.statuskit.core;
  // Tomcat is the caller's: embedded (tomcat-embed-core) or the server's own lib/ directory.
  requires transitive org.apache.tomcat.embed.core;
  requires static org.jspecify;

  exports dev.statuskit.tomcat;
}
