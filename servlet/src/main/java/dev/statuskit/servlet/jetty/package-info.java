/**
 * Jetty's server-level error handler, for the errors no web application sees:
 * <pre>{@code
 * Server server = new Server();
 * server.setErrorHandler(new ProblemErrorHandler());
 * }</pre>
 * Needs {@code jetty-server} at run time; nothing else in {@code statuskit-servlet} does.
 */
@NullMarked
package dev.statuskit.servlet.jetty;

import org.jspecify.annotations.NullMarked;
