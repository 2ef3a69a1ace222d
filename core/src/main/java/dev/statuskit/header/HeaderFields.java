package dev.statuskit.header;

import dev.statuskit.header.internal.FieldSyntax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered multimap of validated header fields.
 *
 * <p>Names compare case-insensitively (RFC 9110 §5.1) and keep the spelling with which they were
 * first added; values keep their order. Every name is a token and every value passed
 * {@link FieldSyntax#requireFieldValue} when it was added, so whatever reads this map can emit it
 * without further checks.
 *
 * <pre>{@code
 * HeaderFields h = HeaderFields.builder()
 *     .add("Allow", "GET, HEAD")
 *     .add("Retry-After", "120")
 *     .build();
 * h.first("allow");   // Optional["GET, HEAD"]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HeaderFields {

  private static final HeaderFields EMPTY = new HeaderFields(new Entry[0]);

  /**
   * In order of first addition; each entry holds the first spelling, the lower-case key and the
   * values. An array searched from the start rather than a map: a response carries a handful of
   * fields, and building the fields of every error response must cost little.
   */
  private final Entry[] entries;

  /**
   * One field. {@code values} is always unmodifiable in a {@code HeaderFields}; a {@link Builder}
   * shares such entries and replaces one with an {@link ArrayList} of its own only when it adds a
   * second value, so {@code toBuilder().add(..).build()} copies no list it does not change.
   */
  private record Entry(String name, String key, List<String> values) {}

  /** Lower-case keys of the fields error responses carry, so adding one builds no lower-case copy. */
  private static final Map<String, String> KNOWN_KEYS = knownKeys("Retry-After", "Cache-Control", "WWW-Authenticate",
      "Proxy-Authenticate", "Allow", "Location", "Vary", "Content-Range", "Accept-Ranges", "Accept", "Accept-Encoding",
      "Accept-Patch", "Accept-Post", "Link", "ETag", "Last-Modified", "Expires", "Upgrade", "Connection",
      "Content-Location", "Authentication-Info");

  private static Map<String, String> knownKeys(String... names) {
    Map<String, String> m = new java.util.HashMap<>();
    for (String n : names) {
      m.put(n, n.toLowerCase(Locale.ROOT));
      m.put(n.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT));
    }
    return Map.copyOf(m);
  }

  private static String key(String name) {
    String known = KNOWN_KEYS.get(name);
    return known != null ? known : name.toLowerCase(Locale.ROOT);
  }

  private HeaderFields(Entry[] entries) {
    this.entries = entries;
  }

  /** The index of the entry for {@code name} among the first {@code size}, or -1. */
  private static int indexOf(Entry[] entries, int size, String name) {
    // Keys are lower-case tokens, so only a key of the name's length can be the name's: lower-casing
    // keeps the length of every char that becomes ASCII (RFC 9110 §5.1 compares case-insensitively).
    // Most lookups miss on the length alone, or hit the spelling the field was added with.
    int len = name.length();
    int ascii = 0; // 1: name is ASCII, -1: it is not; found out only when a key has its length
    for (int i = 0; i < size; i++) {
      Entry e = entries[i];
      if (e.key.length() != len) {
        continue;
      }
      if (e.name.equals(name)) {
        return i;
      }
      if (ascii == 0) {
        ascii = isAscii(name) ? 1 : -1;
      }
      // For an ASCII name a case-insensitive comparison in place is the same as comparing with
      // name.toLowerCase(Locale.ROOT), without building that copy.
      if (ascii > 0 ? e.key.regionMatches(true, 0, name, 0, len) : e.key.equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * No header fields.
   *
   * @return the empty instance
   */
  public static HeaderFields empty() {
    return EMPTY;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * These header fields with {@code name} set to {@code value} alone: a field of that name is
   * replaced where it stands, otherwise the field is added last. The same fields as
   * {@code toBuilder().set(name, value).build()}, without a builder; for the error path, which
   * sets one field at a time.
   *
   * @param name a field name (a token)
   * @param value a field value (visible ASCII, SP and HTAB, no leading or trailing whitespace)
   * @return new header fields; these are unchanged
   * @throws IllegalArgumentException if the name or value is invalid
   * @since 0.2.0
   */
  public HeaderFields with(String name, String value) {
    requireName(name);
    FieldSyntax.requireFieldValue(value, name);
    Entry field = new Entry(name, key(name), List.of(value));
    int i = indexOf(entries, entries.length, name);
    Entry[] copy;
    if (i >= 0) {
      copy = entries.clone();
      copy[i] = field;
    } else {
      copy = Arrays.copyOf(entries, entries.length + 1);
      copy[entries.length] = field;
    }
    return new HeaderFields(copy);
  }

  /**
   * These header fields with every field of {@code fields} set: each replaces a field of the same
   * name where it stands, or is added last. The fields of {@code fields} were checked when it was
   * built and are shared, not copied: adding constant fields (such as {@code Cache-Control:
   * no-store}) costs one array.
   *
   * @param fields the fields to set
   * @return new header fields, or these when {@code fields} is empty
   * @since 0.2.0
   */
  public HeaderFields with(HeaderFields fields) {
    if (fields.entries.length == 0) {
      return this;
    }
    if (entries.length == 0) {
      return fields;
    }
    Entry[] copy = Arrays.copyOf(entries, entries.length + fields.entries.length);
    int size = set(copy, entries.length, fields.entries);
    return new HeaderFields(size == copy.length ? copy : Arrays.copyOf(copy, size));
  }

  /**
   * These header fields with every field of {@code first}, then every field of {@code second}, set
   * as {@link #with(HeaderFields)} sets them: the fields of {@code with(first).with(second)}, in one
   * copy, for a response to which two steps add constant fields.
   *
   * @param first the fields to set first
   * @param second the fields to set then
   * @return new header fields, or these when both are empty
   * @since 0.3.0
   */
  public HeaderFields with(HeaderFields first, HeaderFields second) {
    if (first.entries.length == 0 || second.entries.length == 0 || entries.length == 0) {
      return (entries.length == 0 ? first : with(first)).with(second);
    }
    Entry[] copy = Arrays.copyOf(entries, entries.length + first.entries.length + second.entries.length);
    int size = set(copy, set(copy, entries.length, first.entries), second.entries);
    return new HeaderFields(size == copy.length ? copy : Arrays.copyOf(copy, size));
  }

  /**
   * Sets each of {@code fields} in the first {@code size} entries of {@code copy}: in the place of
   * the entry of the same name, or after the others.
   *
   * @return the number of entries now in use
   */
  private static int set(Entry[] copy, int size, Entry[] fields) {
    int n = size;
    for (Entry field : fields) {
      int i = indexOf(copy, n, field.name);
      if (i >= 0) {
        copy[i] = field;
      } else {
        copy[n++] = field;
      }
    }
    return n;
  }

  /** A well-known field name (the keys of {@link #KNOWN_KEYS} are tokens) needs no character check. */
  private static void requireName(String name) {
    if (!KNOWN_KEYS.containsKey(Objects.requireNonNull(name, "name"))) {
      FieldSyntax.requireFieldName(name);
    }
  }

  /**
   * A builder that starts with these fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    // The fields were checked when they were added: copy them as they are, without checking again.
    Builder b = new Builder(entries.length + 1);
    System.arraycopy(entries, 0, b.entries, 0, entries.length); // entries are immutable: shared, not copied
    b.size = entries.length;
    return b;
  }

  /**
   * The first value of a field.
   *
   * @param name the field name, in any case
   * @return the first value, or empty if the field is absent
   */
  public Optional<String> first(String name) {
    int i = indexOf(entries, entries.length, name);
    return i < 0 ? Optional.empty() : Optional.of(entries[i].values.get(0));
  }

  /**
   * All values of a field, in the order they were added.
   *
   * @param name the field name, in any case
   * @return an unmodifiable list, empty if the field is absent
   */
  public List<String> all(String name) {
    int i = indexOf(entries, entries.length, name);
    return i < 0 ? List.of() : entries[i].values;
  }

  /**
   * Whether a field is present.
   *
   * @param name the field name, in any case
   * @return {@code true} if it has at least one value
   */
  public boolean contains(String name) {
    return indexOf(entries, entries.length, name) >= 0;
  }

  /**
   * The field names, in the spelling first added, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    List<String> names = new ArrayList<>(entries.length);
    for (Entry e : entries) {
      names.add(e.name);
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * Whether there are no fields.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return entries.length == 0;
  }

  /**
   * Calls {@code action} once for each value, in order, with the field name as first added.
   *
   * @param action receives the name and one value
   */
  public void forEach(BiConsumer<String, String> action) {
    for (Entry e : entries) {
      for (String v : e.values) {
        action.accept(e.name, v);
      }
    }
  }

  /**
   * The fields as a map from name (spelling as first added) to values.
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Entry e : entries) {
      m.put(e.name, e.values);
    }
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HeaderFields other && lowerCaseMap().equals(other.lowerCaseMap());
  }

  private Map<String, List<String>> lowerCaseMap() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Entry e : entries) {
      m.put(e.key, e.values);
    }
    return m;
  }

  @Override
  public int hashCode() {
    return lowerCaseMap().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    forEach((n, v) -> sb.append(n).append(": ").append(v).append('\n'));
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Collects header fields; validates each name and value as it is added. Not thread-safe. */
  public static final class Builder {
    private Entry[] entries;
    private int size;

    private Builder() {
      this(4);
    }

    private Builder(int capacity) {
      this.entries = new Entry[Math.max(capacity, 1)];
    }

    /**
     * Adds a value to a field (a list-based field may repeat, RFC 9110 §5.3).
     *
     * @param name a token
     * @param value a valid field value
     * @return this builder
     * @throws IllegalArgumentException if the name or the value is invalid
     */
    public Builder add(String name, String value) {
      requireName(name);
      FieldSyntax.requireFieldValue(value, name);
      return addChecked(name, value);
    }

    private Builder addChecked(String name, String value) {
      int i = indexOf(entries, size, name);
      if (i >= 0) {
        Entry e = entries[i];
        if (e.values instanceof ArrayList<String> own) {
          own.add(value);
        } else {
          // A shared, unmodifiable list (from toBuilder or a first add): copy it once, then add.
          List<String> values = new ArrayList<>(e.values.size() + 2);
          values.addAll(e.values);
          values.add(value);
          entries[i] = new Entry(e.name, e.key, values);
        }
        return this;
      }
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = new Entry(name, key(name), List.of(value));
      return this;
    }

    /**
     * Replaces every value of a field with one value (for singleton fields such as
     * {@code Location} or {@code Retry-After}).
     *
     * @param name a token
     * @param value a valid field value
     * @return this builder
     * @throws IllegalArgumentException if the name or the value is invalid
     */
    public Builder set(String name, String value) {
      requireName(name);
      FieldSyntax.requireFieldValue(value, name);
      remove(name);
      return addChecked(name, value);
    }

    /**
     * Removes a field.
     *
     * @param name the field name, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      int i = indexOf(entries, size, Objects.requireNonNull(name, "name"));
      if (i >= 0) {
        System.arraycopy(entries, i + 1, entries, i, size - i - 1);
        entries[--size] = null;
      }
      return this;
    }

    /**
     * Whether a field has been added.
     *
     * @param name the field name, in any case
     * @return {@code true} if present
     */
    public boolean contains(String name) {
      return indexOf(entries, size, name) >= 0;
    }

    /**
     * The immutable fields.
     *
     * @return the header fields
     */
    public HeaderFields build() {
      if (size == 0) {
        return EMPTY;
      }
      Entry[] copy = new Entry[size];
      for (int i = 0; i < size; i++) {
        Entry e = entries[i];
        copy[i] = e.values instanceof ArrayList ? new Entry(e.name, e.key, List.copyOf(e.values)) : e;
      }
      return new HeaderFields(copy);
    }
  }
}
