/**
 * StatusKit for Jakarta REST. With {@code statuskit-jaxrs} on the class path, Jersey and RESTEasy
 * register {@link dev.statuskit.jaxrs.StatusKitFeature} by themselves; on CXF register it
 * explicitly. Then every error of a resource answers with RFC 9457 problem details:
 *
 * <pre>{@code
 * @GET
 * @Path("/orders/{id}")
 * @MapException(exception = OptimisticLockException.class, status = 409)
 * @DefaultRetryAfter(seconds = 30)
 * public Order order(@PathParam("id") long id) {
 *   if (overloaded()) {
 *     throw new TooManyRequestsException(); // 429, Retry-After: 30, application/problem+json
 *   }
 *   return orders.find(id);
 * }
 * }</pre>
 */
@NullMarked
package dev.statuskit.jaxrs;

import org.jspecify.annotations.NullMarked;
