/**
 * OpenAPI for StatusKit: {@link dev.statuskit.openapi.ProblemOpenApi} adds to each operation of a
 * swagger-core {@code OpenAPI} document the RFC 9457 problem responses it can produce, from
 * StatusKit's problem catalog: the statuses its resource method declares, and those the runtime
 * answers with for any request (404, 405, 406, 500; 400 and 415 where a request carries a body).
 *
 * <pre>{@code
 * OpenAPI api = new Reader(new SwaggerConfiguration()).read(resourceClasses);
 * ProblemOpenApi.of(ProblemCatalog.load(classLoader)).addTo(api);
 * }</pre>
 *
 * <p>On a MicroProfile server, {@link dev.statuskit.openapi.ProblemOasFilter} does the same
 * through the MicroProfile model ({@code mp.openapi.filter}).
 *
 * @since 0.3.0
 */
@NullMarked
package dev.statuskit.openapi;

import org.jspecify.annotations.NullMarked;
