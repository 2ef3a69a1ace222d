/**
 * Problem representations: {@code application/problem+json}, {@code application/problem+xml},
 * {@code text/html} and {@code text/plain}, and reading problems back. (Choosing one from
 * {@code Accept} is a stage of {@link dev.statuskit.engine.ProblemEngine}.)
 *
 * <pre>{@code
 * byte[] json = ProblemWriter.defaults().toBytes(problem, ProblemMediaType.JSON);
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
