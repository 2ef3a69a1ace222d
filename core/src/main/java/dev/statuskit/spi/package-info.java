/**
 * Service provider interfaces: how applications and adapters extend StatusKit. Each is found
 * through {@link java.util.ServiceLoader}; {@link dev.statuskit.spi.ProblemCustomizer},
 * {@link dev.statuskit.spi.ProblemListener} and {@link dev.statuskit.spi.LocaleResolver} also as CDI
 * beans when a container runs.
 *
 * <pre>{@code
 * // META-INF/services/dev.statuskit.spi.ProblemCustomizer lists this class
 * public final class InstanceLinks implements ProblemCustomizer {
 *   public Problem customize(Problem p, ProblemEvent e) {
 *     return p.toBuilder().extension("path", e.path()).build();
 *   }
 * }
 *
 * // META-INF/services/dev.statuskit.spi.ExtensionValueWriter lists this class
 * public final class MoneyWriter implements ExtensionValueWriter {
 *   public boolean accepts(Class<?> type) { return type == Money.class; }
 *   public Object toJsonValue(Object value) {
 *     Money m = (Money) value;
 *     return Map.of("amount", m.amount(), "currency", m.currency().getCurrencyCode());
 *   }
 * }
 * }</pre>
 */
@NullMarked
package dev.statuskit.spi;

import org.jspecify.annotations.NullMarked;
