/**
 * StatusKit on Quarkus: add {@code dev.statuskit:statuskit-quarkus} beside {@code quarkus-rest} (or
 * {@code quarkus-resteasy}) and every error of the application's resources answers with RFC 9457
 * problem details.
 *
 * <pre>{@code
 * // application.properties
 * statuskit.validation-status=422
 *
 * @Path("orders")
 * public class OrderResource {
 *   @GET @Path("{id}")
 *   public Order get(@PathParam("id") long id) {
 *     return store.find(id).orElseThrow(() -> new NotFoundException().detail("No order " + id + "."));
 *   }
 * }
 * }</pre>
 */
@NullMarked
package dev.statuskit.quarkus;

import org.jspecify.annotations.NullMarked;
