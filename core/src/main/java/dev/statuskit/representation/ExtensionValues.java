package dev.statuskit.representation;

import dev.statuskit.spi.ExtensionValueWriter;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns extension values into a checked tree of JSON natives before anything is written, so a value
 * that cannot be written fails the whole write up front instead of leaving half a document.
 *
 * <p>The tree holds only {@code null}, {@link Boolean}, {@link String}, {@link Integer},
 * {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger}, {@link BigDecimal}, finite
 * {@link Double} and {@link Float}, {@code LinkedHashMap<String, Object>} and {@code ArrayList}.
 * Strings are kept as given (lone surrogates included); each writer decides how to encode them.
 */
final class ExtensionValues {

  /** Containers (maps, lists, arrays, records, converted values) nest at most this deep. */
  static final int MAX_DEPTH = 32;

  private final List<ExtensionValueWriter> writers;

  ExtensionValues(List<ExtensionValueWriter> writers) {
    this.writers = List.copyOf(writers);
  }

  /**
   * Checks and converts all extension members.
   *
   * @throws IllegalArgumentException naming the member and the path inside it
   */
  Map<String, @Nullable Object> normalize(Map<String, @Nullable Object> extensions) {
    if (extensions.isEmpty() || allPlain(extensions)) {
      return extensions; // the common case: nothing to check or convert, so nothing to copy
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> e : extensions.entrySet()) {
      try {
        out.put(e.getKey(), new Walk().value(e.getValue(), 0));
      } catch (BadValue b) {
        throw new IllegalArgumentException("extension member \"" + e.getKey() + "\"" + b.path
            + " cannot be written: " + b.getMessage());
      }
    }
    return out;
  }

  /** Whether every value is already a final JSON-native type (Problem's map is unmodifiable). */
  private static boolean allPlain(Map<String, @Nullable Object> extensions) {
    PlainCheck check = new PlainCheck();
    extensions.forEach(check); // Map.forEach: no iterator on the error path
    return check.plain;
  }

  /** Whether every value seen is a final JSON-native type. */
  private static final class PlainCheck implements BiConsumer<String, @Nullable Object> {
    boolean plain = true;

    @Override
    public void accept(String name, @Nullable Object v) {
      if (!(v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long)) {
        plain = false;
      }
    }
  }

  /** Converts one value, as {@link #normalize} does each member's; to find the members that cannot be written. */
  @Nullable Object normalizeValue(@Nullable Object value) {
    try {
      return new Walk().value(value, 0);
    } catch (BadValue b) {
      throw new IllegalArgumentException("value" + b.path + " cannot be written: " + b.getMessage());
    }
  }

  /** Thrown inside a walk; the path is prepended while the recursion unwinds. */
  private static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;
    String path = "";

    BadValue(String message) {
      super(message, null, false, false);
    }

    BadValue at(String segment) {
      path = segment + path;
      return this;
    }
  }

  private final class Walk {
    /** Containers on the current path, by identity; created on the first container. */
    private @Nullable IdentityHashMap<Object, Boolean> open;

    @Nullable Object value(@Nullable Object v, int depth) throws BadValue {
      if (v == null || v instanceof String || v instanceof Boolean) {
        return v;
      }
      if (v instanceof Number n) {
        return number(n);
      }
      if (v instanceof CharSequence || v instanceof Character || v instanceof URI || v instanceof UUID) {
        return v.toString();
      }
      if (v instanceof Enum<?> e) {
        return e.name();
      }
      if (v instanceof URL u) {
        return u.toExternalForm();
      }
      Class<?> c = v.getClass();
      if (c.getPackageName().equals("java.time")) {
        return v.toString(); // ISO-8601 for every java.time value type
      }
      if (v instanceof Optional<?> o) {
        return value(o.orElse(null), depth);
      }
      if (v instanceof OptionalInt o) {
        return o.isPresent() ? (Object) o.getAsInt() : null;
      }
      if (v instanceof OptionalLong o) {
        return o.isPresent() ? (Object) o.getAsLong() : null;
      }
      if (v instanceof OptionalDouble o) {
        return o.isPresent() ? number(o.getAsDouble()) : null;
      }
      if (v instanceof Map<?, ?> m) {
        enter(v, depth);
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          String key = key(e.getKey());
          try {
            out.put(key, value(e.getValue(), depth + 1));
          } catch (BadValue b) {
            throw b.at("." + key);
          }
        }
        leave(v);
        return out;
      }
      if (v instanceof java.nio.file.Path) {
        // A Path is an Iterable of Paths (endless nesting), and file paths leak server internals.
        throw new BadValue("file paths (java.nio.file.Path) are not written: they reveal the server's"
            + " file system (RFC 9457 §5); pass a string if this one is meant for clients");
      }
      if (v instanceof Iterable<?> it) {
        enter(v, depth);
        List<@Nullable Object> out = v instanceof Collection<?> col ? new ArrayList<>(col.size()) : new ArrayList<>();
        int i = 0;
        for (Object item : it) {
          try {
            out.add(value(item, depth + 1));
          } catch (BadValue b) {
            throw b.at("[" + i + "]");
          }
          i++;
        }
        leave(v);
        return out;
      }
      if (c.isArray()) {
        enter(v, depth);
        int n = Array.getLength(v);
        List<@Nullable Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          try {
            out.add(value(Array.get(v, i), depth + 1));
          } catch (BadValue b) {
            throw b.at("[" + i + "]");
          }
        }
        leave(v);
        return out;
      }
      for (ExtensionValueWriter w : writers) {
        if (w.accepts(c)) {
          enter(v, depth);
          Object converted;
          try {
            converted = w.toJsonValue(v);
          } catch (RuntimeException e) {
            throw new BadValue(w.getClass().getName() + " failed to convert a " + c.getName() + ": " + e);
          }
          Object out = value(converted, depth + 1);
          leave(v);
          return out;
        }
      }
      if (c.isRecord()) {
        enter(v, depth);
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        for (RecordComponent rc : c.getRecordComponents()) {
          Object component;
          try {
            component = rc.getAccessor().invoke(v);
          } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new BadValue("cannot read component " + rc.getName() + " of record " + c.getName()
                + " (make the record public in an exported or open package, or register an ExtensionValueWriter): " + e);
          }
          try {
            out.put(rc.getName(), value(component, depth + 1));
          } catch (BadValue b) {
            throw b.at("." + rc.getName());
          }
        }
        leave(v);
        return out;
      }
      throw new BadValue("no way to write a value of type " + c.getName()
          + " (register a dev.statuskit.spi.ExtensionValueWriter for it)");
    }

    private void enter(Object container, int depth) throws BadValue {
      if (depth >= MAX_DEPTH) {
        throw new BadValue("values nest deeper than " + MAX_DEPTH + " levels");
      }
      if (open == null) {
        open = new IdentityHashMap<>();
      }
      if (open.put(container, Boolean.TRUE) != null) {
        throw new BadValue("it contains itself (a cycle through a " + container.getClass().getName() + ")");
      }
    }

    private void leave(Object container) {
      if (open != null) {
        open.remove(container);
      }
    }

    private String key(@Nullable Object k) throws BadValue {
      if (k instanceof CharSequence || k instanceof Character || k instanceof Number || k instanceof UUID
          || k instanceof URI) {
        return k.toString();
      }
      if (k instanceof Enum<?> e) {
        return e.name();
      }
      throw new BadValue("map keys must be strings (or characters, numbers, enums, UUIDs, URIs), not "
          + (k == null ? "null" : k.getClass().getName()));
    }
  }

  /** Exact types are kept; NaN and the infinities become the strings "NaN", "Infinity", "-Infinity". */
  private static Object number(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof BigDecimal || n instanceof BigInteger
        || n instanceof Short || n instanceof Byte) {
      return n;
    }
    if (n instanceof Double d) {
      return Double.isFinite(d) ? d : d.toString();
    }
    if (n instanceof Float f) {
      return Float.isFinite(f) ? f : f.toString();
    }
    if (n instanceof AtomicInteger || n instanceof AtomicLong || n instanceof LongAdder
        || n instanceof LongAccumulator) {
      return n.longValue();
    }
    if (n instanceof DoubleAdder || n instanceof DoubleAccumulator) {
      return number(n.doubleValue());
    }
    try {
      return new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      return number(n.doubleValue());
    }
  }
}
