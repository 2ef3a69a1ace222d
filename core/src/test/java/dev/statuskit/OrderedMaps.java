package dev.statuskit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: a map written as its keys and values, in the order a parser hands members over. */
public final class OrderedMaps {

  private OrderedMaps() {}

  /**
   * The map of alternating keys and values.
   *
   * @param keysAndValues a key, its value (possibly null), the next key ...
   * @return a modifiable map in the given order
   */
  public static Map<String, Object> of(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
