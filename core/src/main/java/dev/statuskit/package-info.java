/**
 * Typed HTTP exceptions, the status registry and the RFC 9457 problem model.
 *
 * <pre>{@code
 * @GET
 * public Order order(@PathParam("id") long id) {
 *   if (limiter.exhausted()) {
 *     throw new TooManyRequestsException().retryAfter(Duration.ofSeconds(30));
 *   }
 *   return orders.find(id).orElseThrow(() -> new NotFoundException("No order " + id + "."));
 * }
 * }</pre>
 *
 * <p>Every exception knows its {@link dev.statuskit.HttpStatus}, the header fields the RFCs require
 * for it, and the {@link dev.statuskit.Problem} it answers with; {@link dev.statuskit.engine.ProblemEngine}
 * maps any other throwable, including classes annotated with {@link dev.statuskit.HttpProblem}.
 */
@NullMarked
package dev.statuskit;

import org.jspecify.annotations.NullMarked;
