package dev.statuskit.header;

import java.util.ArrayList;
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
 * @since 0.1
 */
public final class HeaderFields {

  private static final HeaderFields EMPTY = new HeaderFields(new LinkedHashMap<>());

  /** Keyed by lower-case name; each entry holds the first spelling and the values. */
  private final Map<String, Entry> entries;

  private record Entry(String name, List<String> values) {}

  private HeaderFields(Map<String, Entry> entries) {
    this.entries = entries;
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
   * A builder that starts with these fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (Entry e : entries.values()) {
      for (String v : e.values) {
        b.add(e.name, v);
      }
    }
    return b;
  }

  /**
   * The first value of a field.
   *
   * @param name the field name, in any case
   * @return the first value, or empty if the field is absent
   */
  public Optional<String> first(String name) {
    Entry e = entries.get(name.toLowerCase(Locale.ROOT));
    return e == null ? Optional.empty() : Optional.of(e.values.get(0));
  }

  /**
   * All values of a field, in the order they were added.
   *
   * @param name the field name, in any case
   * @return an unmodifiable list, empty if the field is absent
   */
  public List<String> all(String name) {
    Entry e = entries.get(name.toLowerCase(Locale.ROOT));
    return e == null ? List.of() : e.values;
  }

  /**
   * Whether a field is present.
   *
   * @param name the field name, in any case
   * @return {@code true} if it has at least one value
   */
  public boolean contains(String name) {
    return entries.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The field names, in the spelling first added, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    List<String> names = new ArrayList<>(entries.size());
    for (Entry e : entries.values()) {
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
    return entries.isEmpty();
  }

  /**
   * Calls {@code action} once for each value, in order, with the field name as first added.
   *
   * @param action receives the name and one value
   */
  public void forEach(BiConsumer<String, String> action) {
    for (Entry e : entries.values()) {
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
    for (Entry e : entries.values()) {
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
    entries.forEach((k, e) -> m.put(k, e.values));
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

  /** Collects header fields; validates each name and value as it is added. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a value to a field (a list-based field may repeat, RFC 9110 §5.3).
     *
     * @param name a token
     * @param value a valid field value
     * @return this builder
     * @throws IllegalArgumentException if the name or the value is invalid
     */
    public Builder add(String name, String value) {
      FieldSyntax.requireFieldName(name);
      FieldSyntax.requireFieldValue(value, name);
      String key = name.toLowerCase(Locale.ROOT);
      Entry e = entries.get(key);
      if (e == null) {
        List<String> values = new ArrayList<>(1);
        values.add(value);
        entries.put(key, new Entry(name, values));
      } else {
        e.values.add(value);
      }
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
      FieldSyntax.requireFieldName(name);
      FieldSyntax.requireFieldValue(value, name);
      entries.remove(name.toLowerCase(Locale.ROOT));
      return add(name, value);
    }

    /**
     * Removes a field.
     *
     * @param name the field name, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      entries.remove(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT));
      return this;
    }

    /**
     * Whether a field has been added.
     *
     * @param name the field name, in any case
     * @return {@code true} if present
     */
    public boolean contains(String name) {
      return entries.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The immutable fields.
     *
     * @return the header fields
     */
    public HeaderFields build() {
      if (entries.isEmpty()) {
        return EMPTY;
      }
      Map<String, Entry> copy = new LinkedHashMap<>();
      entries.forEach((k, e) -> copy.put(k, new Entry(e.name, List.copyOf(e.values))));
      return new HeaderFields(copy);
    }
  }
}
