package dev.statuskit.spi;

import dev.statuskit.conformance.Violation;

/**
 * Hears what the conformance guard finds: each rule of RFC 9110 or RFC 9457 that a route's responses
 * break and the guard cannot fix, once per route, status and rule. Found through
 * {@link java.util.ServiceLoader} and, when a CDI container is running, as CDI beans (looked up
 * once, at the guard's first report); both hear every report. A listener that throws is logged and
 * does not affect the response.
 *
 * <pre>{@code
 * // META-INF/services/dev.statuskit.spi.ConformanceListener lists this class
 * public final class CountViolations implements ConformanceListener {
 *   public void onViolation(String route, int status, Violation v) {
 *     registry.counter("http.nonconformant", "rule", v.key()).increment();
 *   }
 * }
 * }</pre>
 *
 * <p>With CDI, a bean is enough:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class CountViolations implements ConformanceListener { ... }
 * }</pre>
 *
 * @since 0.3.0
 */
@FunctionalInterface
public interface ConformanceListener {

  /**
   * Receives a rule a route broke, the first time it breaks it with that status.
   *
   * @param route the request method and the route template or servlet mapping (for example
   *     {@code GET /orders/{id}})
   * @param status the response's status code
   * @param violation the broken rule, with its severity and RFC section
   */
  void onViolation(String route, int status, Violation violation);
}
