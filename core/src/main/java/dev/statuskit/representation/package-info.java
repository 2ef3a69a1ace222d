/**
 * Problem representations: JSON, XML, HTML and text, and content negotiation.
 *
 * <pre>{@code
 * Negotiated n = ContentNegotiation.negotiate(request.getHeader("Accept"));
 * ProblemWriter.defaults().write(problem, n.mediaType(), out);
 * }</pre>
 */
@NullMarked
package dev.statuskit.representation;

import org.jspecify.annotations.NullMarked;
