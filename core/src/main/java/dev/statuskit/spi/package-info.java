/**
 * Hooks into StatusKit's error handling: customize problems, observe them.
 *
 * <pre>{@code
 * // META-INF/services/dev.statuskit.spi.ProblemCustomizer
 * public final class InstanceLinks implements ProblemCustomizer {
 *   public Problem customize(Problem p, ProblemEvent e) {
 *     return p.toBuilder().extension("path", e.path()).build();
 *   }
 * }
 * }</pre>
 */
@NullMarked
package dev.statuskit.spi;

import org.jspecify.annotations.NullMarked;
