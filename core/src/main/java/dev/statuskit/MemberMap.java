package dev.statuskit;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The extension members of an {@link HttpException}, in insertion order, held in one array of
 * names and values: a problem carries a few members, for which a {@code LinkedHashMap} (its table
 * and an entry object per member) costs three times the memory on every error. Lookups scan the
 * names, which for a handful of short names is as fast as hashing them. Not thread-safe while the
 * exception fills it; the exception hands it to a problem only {@linkplain #freeze() frozen}, and
 * copies it before changing it again.
 */
final class MemberMap extends AbstractMap<String, @Nullable Object> {

  /** Names at even, values at odd indexes; {@code size} pairs in use. */
  private @Nullable Object[] pairs;
  private int size;
  /**
   * Whether the map is unmodifiable for good: then every method that would change it throws, as the
   * methods of {@code Collections.unmodifiableMap} do, so that a problem can hold it without a wrapper.
   */
  private boolean frozen;

  MemberMap() {
    pairs = new Object[4]; // two members without growing
  }

  /** A modifiable copy, of a frozen map too. */
  MemberMap(MemberMap other) {
    pairs = Arrays.copyOf(other.pairs, Math.max(4, other.size * 2 + 2));
    size = other.size;
  }

  /**
   * Makes this map unmodifiable for good (a problem holds it from now on).
   *
   * @return this map
   */
  MemberMap freeze() {
    frozen = true;
    return this;
  }

  /** Whether {@link #freeze()} was called: the owner copies the map before changing it. */
  boolean isFrozen() {
    return frozen;
  }

  private int indexOf(@Nullable Object name) {
    for (int i = 0; i < size * 2; i += 2) {
      if (pairs[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(@Nullable Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public @Nullable Object get(@Nullable Object name) {
    int i = indexOf(name);
    return i < 0 ? null : pairs[i + 1];
  }

  /** Replaces the value of a member in its place, as {@code LinkedHashMap} does, or appends it. */
  @Override
  public @Nullable Object put(String name, @Nullable Object value) {
    if (frozen) {
      throw new UnsupportedOperationException();
    }
    Objects.requireNonNull(name, "name");
    int i = indexOf(name);
    if (i >= 0) {
      Object old = pairs[i + 1];
      pairs[i + 1] = value;
      return old;
    }
    if (size * 2 == pairs.length) {
      pairs = Arrays.copyOf(pairs, pairs.length * 2);
    }
    pairs[size * 2] = name;
    pairs[size * 2 + 1] = value;
    size++;
    return null;
  }

  // The other changes are never made by the exception: refused always, as the unmodifiable map
  // refuses them, even where AbstractMap would find nothing to change.

  @Override
  public @Nullable Object remove(@Nullable Object name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<? extends String, ? extends @Nullable Object> m) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public @Nullable Object putIfAbsent(String name, @Nullable Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(@Nullable Object name, @Nullable Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean replace(String name, @Nullable Object oldValue, @Nullable Object newValue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public @Nullable Object replace(String name, @Nullable Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super @Nullable Object, ? extends @Nullable Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public @Nullable Object computeIfAbsent(String name, Function<? super String, ? extends @Nullable Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public @Nullable Object computeIfPresent(String name,
      BiFunction<? super String, ? super @Nullable Object, ? extends @Nullable Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public @Nullable Object compute(String name,
      BiFunction<? super String, ? super @Nullable Object, ? extends @Nullable Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public @Nullable Object merge(String name, @Nullable Object value,
      BiFunction<? super @Nullable Object, ? super @Nullable Object, ? extends @Nullable Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super @Nullable Object> action) {
    for (int i = 0; i < size * 2; i += 2) {
      action.accept((String) pairs[i], pairs[i + 1]);
    }
  }

  @Override
  public Set<Map.Entry<String, @Nullable Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, @Nullable Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size * 2;
          }

          @Override
          public Map.Entry<String, @Nullable Object> next() {
            if (next >= size * 2) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, @Nullable Object> e = new SimpleImmutableEntry<>((String) pairs[next], pairs[next + 1]);
            next += 2;
            return e;
          }
        };
      }
    };
  }
}
