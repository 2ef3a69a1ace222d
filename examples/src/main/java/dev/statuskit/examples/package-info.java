/**
 * A small book-store API that shows StatusKit on every error path: typed exceptions thrown by real
 * logic (rate limiting, authentication, conditional requests, optimistic concurrency, range
 * requests, uploads, maintenance mode, legal blocks), runtime errors (404, 405, 415), Bean
 * Validation, and an unexpected bug answered with a safe 500.
 *
 * <pre>{@code
 * java -jar examples/target/statuskit-examples.jar      # http://127.0.0.1:8080
 * curl -i http://127.0.0.1:8080/books/1
 * }</pre>
 *
 * <p>The same classes run as a WAR on Jakarta EE servers; {@link dev.statuskit.examples.BookStoreServer}
 * is the embedded launcher (Jersey, Weld and Tomcat), left out of the WAR.
 */
@NullMarked
package dev.statuskit.examples;

import org.jspecify.annotations.NullMarked;
