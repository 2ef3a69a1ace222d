package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.internal.FieldSyntax;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers 405 Method Not Allowed: the target resource does not support the request method; the
 * response carries {@code Allow} with the methods it does support.
 *
 * <p>Methods are case-sensitive tokens; duplicates are dropped, order is kept. An empty list is
 * valid and means the resource currently allows no method (RFC 9110 §10.2.1).
 *
 * <pre>{@code
 * throw new MethodNotAllowedException("GET", "HEAD");   // Allow: GET, HEAD
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6">RFC 9110 §15.5.6</a>
 * @since 0.1.0
 */
public final class MethodNotAllowedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  private final List<String> allowed;

  /**
   * An exception with the allowed methods.
   *
   * @param method the first allowed method
   * @param more further allowed methods
   * @throws IllegalArgumentException if a method is not a token
   */
  public MethodNotAllowedException(String method, String... more) {
    this(distinct(list("method", method, more)));
  }

  /**
   * An exception with the allowed methods, possibly none.
   *
   * @param allowed the allowed methods
   * @throws IllegalArgumentException if a method is not a token
   */
  public MethodNotAllowedException(Collection<String> allowed) {
    this(distinct(allowed));
  }

  private MethodNotAllowedException(List<String> allowed) {
    super(HttpStatus.METHOD_NOT_ALLOWED, HeaderFields.builder().add("Allow", String.join(", ", allowed)).build());
    this.allowed = allowed;
  }

  /**
   * The allowed methods.
   *
   * @return an unmodifiable list, in the given order
   */
  public List<String> getAllowed() {
    return allowed;
  }

  private static List<String> distinct(Collection<String> methods) {
    Set<String> set = new LinkedHashSet<>();
    for (String m : methods) {
      set.add(FieldSyntax.requireToken(Objects.requireNonNull(m, "method"), "method"));
    }
    return List.copyOf(set);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public MethodNotAllowedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public MethodNotAllowedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public MethodNotAllowedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public MethodNotAllowedException type(URI type) { super.type(type); return this; }
  @Override
  public MethodNotAllowedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public MethodNotAllowedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public MethodNotAllowedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public MethodNotAllowedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public MethodNotAllowedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public MethodNotAllowedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public MethodNotAllowedException cause(Throwable cause) { super.cause(cause); return this; }
}
