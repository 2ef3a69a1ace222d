/**
 * Service provider interfaces: how applications and adapters extend StatusKit.
 *
 * <pre>{@code
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
