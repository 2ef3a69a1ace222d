/**
 * Problem details on every error path of a servlet container: exceptions thrown by servlets and
 * filters, {@code sendError} calls, async failures and time-outs, and the container's own errors.
 *
 * <p>Adding {@code statuskit-servlet} to {@code WEB-INF/lib} is enough: its
 * {@code META-INF/web-fragment.xml} (named {@code statuskit}) registers {@link
 * dev.statuskit.servlet.ProblemFilter} for every dispatch and {@link
 * dev.statuskit.servlet.ProblemErrorServlet} as the default error page. Without descriptors:
 *
 * <pre>{@code
 * public final class Setup implements ServletContainerInitializer {
 *   public void onStartup(Set<Class<?>> classes, ServletContext context) {
 *     StatusKitServlet.register(context);   // then declare the error page, see StatusKitServlet
 *   }
 * }
 * }</pre>
 */
@NullMarked
package dev.statuskit.servlet;

import org.jspecify.annotations.NullMarked;
