package dev.statuskit.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link ComplianceChecker} sees of a response: its status, its header fields, its body
 * when it was captured, and the method of the request it answers when known.
 *
 * <p>Adapters implement it over their own response types (a JDK {@code HttpResponse}, a Jakarta
 * REST {@code Response}, a servlet response on its way out); {@link #of} builds an immutable one
 * from plain values. Field names compare case-insensitively (RFC 9110 §5.1).
 *
 * @since 0.3.0
 */
public interface ResponseView {

  /**
   * The status code.
   *
   * @return a code, normally in 100-599
   */
  int status();

  /**
   * The names of the header fields present, each once, as the response spells them.
   *
   * @return the names
   */
  Collection<String> fieldNames();

  /**
   * The value of each field line of a header field, in order.
   *
   * @param name the field name, in any case
   * @return the values, empty when the field is absent
   */
  List<String> fieldValues(String name);

  /**
   * The body bytes as sent, when they were captured.
   *
   * @return the bytes (empty array for no content), or empty when the body was not captured and
   *     the body rules are to be skipped
   */
  Optional<byte[]> body();

  /**
   * The method of the request this response answers, when known ({@code HEAD} has no content).
   *
   * @return the method, or empty
   */
  default Optional<String> requestMethod() {
    return Optional.empty();
  }

  /**
   * A view of a response to a request whose method is unknown.
   *
   * @param status the status code
   * @param fields each field name with the values of its field lines
   * @param body the body bytes, or {@code null} when they were not captured
   * @return an immutable view
   */
  static ResponseView of(int status, Map<String, ? extends Collection<String>> fields, byte @Nullable [] body) {
    return of(null, status, fields, body);
  }

  /**
   * A view of a response.
   *
   * @param requestMethod the request's method, or {@code null} when unknown
   * @param status the status code
   * @param fields each field name with the values of its field lines
   * @param body the body bytes, or {@code null} when they were not captured
   * @return an immutable view
   */
  static ResponseView of(@Nullable String requestMethod, int status, Map<String, ? extends Collection<String>> fields,
      byte @Nullable [] body) {
    Objects.requireNonNull(fields, "fields");
    Map<String, List<String>> byLowerName = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    fields.forEach((name, values) -> {
      String key = name.toLowerCase(Locale.ROOT);
      spelling.putIfAbsent(key, name);
      byLowerName.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
    });
    byte[] bytes = body == null ? null : body.clone();
    Set<String> names = Set.copyOf(spelling.values());
    return new ResponseView() {
      @Override
      public int status() {
        return status;
      }

      @Override
      public Collection<String> fieldNames() {
        return names;
      }

      @Override
      public List<String> fieldValues(String name) {
        List<String> v = byLowerName.get(name.toLowerCase(Locale.ROOT));
        return v == null ? List.of() : Collections.unmodifiableList(v);
      }

      @Override
      public Optional<byte[]> body() {
        return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
      }

      @Override
      public Optional<String> requestMethod() {
        return Optional.ofNullable(requestMethod);
      }

      @Override
      public String toString() {
        return status + " " + byLowerName;
      }
    };
  }
}
