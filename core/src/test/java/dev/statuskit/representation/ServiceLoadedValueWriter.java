package dev.statuskit.representation;

import dev.statuskit.spi.ExtensionValueWriter;
import java.util.Map;

/**
 * Registered in test resources under {@code META-INF/services}, to prove that
 * {@link ProblemWriter#defaults()} finds value writers with {@link java.util.ServiceLoader}. Public,
 * as {@code ServiceLoader} requires; it only accepts {@link Temperature}, a type of this test.
 */
public final class ServiceLoadedValueWriter implements ExtensionValueWriter {

  /** A value type StatusKit does not know. */
  static final class Temperature {
    final double celsius;

    Temperature(double celsius) {
      this.celsius = celsius;
    }
  }

  /** For the service loader. */
  public ServiceLoadedValueWriter() {}

  @Override
  public boolean accepts(Class<?> type) {
    return type == Temperature.class;
  }

  @Override
  public Object toJsonValue(Object value) {
    return Map.of("celsius", ((Temperature) value).celsius);
  }
}
