package dev.statuskit.test;

import dev.statuskit.conformance.ResponseView;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A response as a client received it: status, header fields, body bytes when they were read, and the
 * request method when known; what the assertions and the compliance checker look at.
 *
 * <p>Instances are immutable. Field names compare case-insensitively (RFC 9110 §5.1);
 * {@link #toString()} is the whole response, for failure messages.
 *
 * @since 0.3.0
 */
public final class CapturedResponse implements ResponseView {

  private final @Nullable String method;
  private final @Nullable String target;
  private final int status;
  private final Map<String, List<String>> fields;
  private final byte @Nullable [] body;

  private CapturedResponse(@Nullable String method, @Nullable String target, int status,
      Map<String, ? extends Collection<String>> fields, byte @Nullable [] body) {
    this.method = method;
    this.target = target;
    this.status = status;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    fields.forEach((name, values) -> {
      if (!name.startsWith(":")) { // HTTP/2 pseudo-header fields are not header fields
        copy.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
      }
    });
    copy.replaceAll((k, v) -> List.copyOf(v));
    this.fields = Collections.unmodifiableMap(copy);
    this.body = body == null ? null : body.clone();
  }

  /**
   * The response a JDK {@code HttpClient} received. The body is captured when it was read as a
   * {@code String} (taken as UTF-8, as problem+json is) or {@code byte[]}; other bodies are not.
   *
   * @param response the response
   * @return the captured response
   */
  public static CapturedResponse of(HttpResponse<?> response) {
    Objects.requireNonNull(response, "response");
    Object b = response.body();
    byte[] bytes = b instanceof byte[] a ? a
        : b instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
    return new CapturedResponse(response.request().method(), response.uri().toString(), response.statusCode(),
        response.headers().map(), bytes);
  }

  /**
   * A response from plain values, for a request whose method is unknown.
   *
   * @param status the status code
   * @param fields each field name with the values of its field lines
   * @param body the body bytes
   * @return the captured response
   */
  public static CapturedResponse of(int status, Map<String, ? extends Collection<String>> fields, byte[] body) {
    Objects.requireNonNull(body, "body");
    return of(null, status, fields, body);
  }

  /**
   * A response from plain values.
   *
   * @param method the request method, or {@code null} when unknown
   * @param status the status code
   * @param fields each field name with the values of its field lines
   * @param body the body bytes, or {@code null} when they were not read
   * @return the captured response
   */
  public static CapturedResponse of(@Nullable String method, int status,
      Map<String, ? extends Collection<String>> fields, byte @Nullable [] body) {
    Objects.requireNonNull(fields, "fields");
    return new CapturedResponse(method, null, status, fields, body);
  }

  static CapturedResponse of(@Nullable String method, @Nullable String target, int status,
      Map<String, ? extends Collection<String>> fields, byte @Nullable [] body) {
    return new CapturedResponse(method, target, status, fields, body);
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public Collection<String> fieldNames() {
    return fields.keySet();
  }

  @Override
  public List<String> fieldValues(String name) {
    return fields.getOrDefault(name, List.of());
  }

  /**
   * The value of the first field line of a header field.
   *
   * @param name the field name, in any case
   * @return the value, or empty when the field is absent
   */
  public Optional<String> field(String name) {
    List<String> v = fieldValues(name);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  @Override
  public Optional<byte[]> body() {
    return body == null ? Optional.empty() : Optional.of(body.clone());
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text, or empty when the body was not read
   */
  public Optional<String> bodyText() {
    return body == null ? Optional.empty() : Optional.of(new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public Optional<String> requestMethod() {
    return Optional.ofNullable(method);
  }

  /**
   * The whole response: the request line when known, the status, every field line, the body.
   *
   * @return for example {@code GET http://127.0.0.1:8080/a -> 404} followed by the fields and the body
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (method != null || target != null) {
      sb.append(method == null ? "?" : method).append(' ').append(target == null ? "?" : target).append(" -> ");
    }
    sb.append(status).append('\n');
    fields.forEach((name, values) -> values.forEach(v -> sb.append(name).append(": ").append(v).append('\n')));
    sb.append('\n').append(body == null ? "(body not read)" : new String(body, StandardCharsets.UTF_8));
    return sb.toString();
  }
}
