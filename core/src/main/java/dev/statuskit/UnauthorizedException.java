package dev.statuskit;

import dev.statuskit.header.Challenge;
import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 401 Unauthorized: the request lacks valid credentials; the response carries one
 * {@code WWW-Authenticate} field line per challenge.
 *
 * <p>At least one challenge is required (RFC 9110 §15.5.2). Valid credentials that are merely
 * insufficient call for {@link ForbiddenException} instead (§11.4).
 *
 * <pre>{@code
 * throw new UnauthorizedException(Challenge.bearer("orders").param("error", "invalid_token"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2">RFC 9110 §15.5.2</a>
 * @since 0.1.0
 */
public final class UnauthorizedException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with its challenges.
   *
   * @param challenge the first challenge
   * @param more further challenges, in order of preference
   */
  public UnauthorizedException(Challenge challenge, Challenge... more) {
    super(HttpStatus.UNAUTHORIZED, challenges("WWW-Authenticate", challenge, more));
  }

  static HeaderFields challenges(String field, Challenge challenge, Challenge... more) {
    HeaderFields.Builder b = HeaderFields.builder();
    for (Challenge c : list("challenge", challenge, more)) {
      b.add(field, c.value());
    }
    return b.build();
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public UnauthorizedException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public UnauthorizedException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public UnauthorizedException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public UnauthorizedException type(URI type) { super.type(type); return this; }
  @Override
  public UnauthorizedException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public UnauthorizedException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public UnauthorizedException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public UnauthorizedException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public UnauthorizedException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public UnauthorizedException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public UnauthorizedException cause(Throwable cause) { super.cause(cause); return this; }
}
