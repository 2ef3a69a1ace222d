/**
 * Problem representations: {@code application/problem+json}, {@code application/problem+xml},
 * {@code text/html} and {@code text/plain}, content negotiation, and reading problems back.
 *
 * <pre>{@code
 * Negotiated n = ContentNegotiation.negotiate(request.getHeader("Accept"));
 * response.setStatus(status);
 * response.setContentType(n.mediaType().contentType());
 * if (n.dependsOnAccept()) {
 *   response.addHeader("Vary", "Accept");
 * }
 * if (ProblemWriter.hasBody(request.getMethod(), status)) {
 *   ProblemWriter.defaults().write(problem, n.mediaType(), response.getOutputStream());
 * }
 *
 * // client side
 * Problem p = ProblemReader.fromJson(bodyBytes);                    // built-in strict parser
 * Problem q = ProblemReader.fromJson(objectMapper.readValue(body, Map.class)); // or any JSON library
 * }</pre>
 *
 * <p>Everything here needs only the JDK: the JSON writer is hand-written and proved against Jackson
 * and Eclipse Parsson by property-based tests; XML is read with the JDK's parser, hardened.
 */
@NullMarked
package dev.statuskit.representation;

import org.jspecify.annotations.NullMarked;
