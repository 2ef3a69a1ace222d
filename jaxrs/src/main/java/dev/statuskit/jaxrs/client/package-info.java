/**
 * The client side: problem responses back into typed exceptions.
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient().register(new ProblemClientFilter());
 * try {
 *   ProblemClient.call(() -> client.target(base).path("orders").request().post(json(order), Order.class));
 * } catch (UnprocessableContentException e) {
 *   e.toProblem().extensions().get("violations");
 * }
 * }</pre>
 */
@NullMarked
package dev.statuskit.jaxrs.client;

import org.jspecify.annotations.NullMarked;
