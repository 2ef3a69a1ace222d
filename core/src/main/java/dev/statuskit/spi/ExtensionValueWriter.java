package dev.statuskit.spi;

import org.jspecify.annotations.Nullable;

/**
 * Turns an extension member value of a type StatusKit does not know into a JSON-like tree, which
 * every representation (JSON, XML, HTML, text) then writes.
 *
 * <p>StatusKit writes JSON natives and common JDK values itself: {@code null}, {@link Boolean},
 * {@link Number}, {@link CharSequence}, {@link Character}, enums, {@link java.net.URI},
 * {@link java.net.URL}, {@link java.util.UUID}, {@code java.time} values, {@link java.util.Optional},
 * {@link java.util.Map}, {@link Iterable} and arrays. Any other value is offered to the writers in
 * order (those given to {@code ProblemWriter.withValueWriter} first, then those found by
 * {@link java.util.ServiceLoader}); the first whose {@link #accepts(Class)} returns {@code true}
 * converts it. Records nobody accepts are written as objects of their components; anything else
 * is rejected with an {@link IllegalArgumentException} before a byte is written. The JAX-RS adapter
 * backs this interface with the application's JSON-B or Jackson when one is present.
 *
 * <p>Implementations must be thread-safe and should be stateless.
 *
 * @since 0.1.0
 */
public interface ExtensionValueWriter {

  /**
   * Whether this writer converts values of a class.
   *
   * @param type the value's runtime class
   * @return {@code true} to be asked to convert the value
   */
  boolean accepts(Class<?> type);

  /**
   * Converts a value into a tree of JSON natives: {@code null}, {@link Boolean}, {@link Number},
   * {@link String}, {@code Map<String, ?>} and {@code List<?>} (other values StatusKit knows are
   * accepted too). The result is checked like any extension value (depth limit, cycles); it must
   * not be of a type that this writer accepts again.
   *
   * @param value the value, of a class this writer accepts
   * @return the tree, possibly {@code null}
   */
  @Nullable Object toJsonValue(Object value);
}
