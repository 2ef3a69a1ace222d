package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 511 Network Authentication Required: the client must authenticate to gain network access. It never carries a {@code WWW-Authenticate} challenge ({@link #header} refuses one); it is meant for intercepting proxies, not origin servers.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-6">RFC 6585 §6</a>
 * @since 0.1.0
 */
public final class NetworkAuthenticationRequiredException extends ServerErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public NetworkAuthenticationRequiredException() {
    super(HttpStatus.NETWORK_AUTHENTICATION_REQUIRED, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public NetworkAuthenticationRequiredException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public NetworkAuthenticationRequiredException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public NetworkAuthenticationRequiredException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public NetworkAuthenticationRequiredException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public NetworkAuthenticationRequiredException type(URI type) { super.type(type); return this; }
  @Override
  public NetworkAuthenticationRequiredException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public NetworkAuthenticationRequiredException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public NetworkAuthenticationRequiredException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public NetworkAuthenticationRequiredException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public NetworkAuthenticationRequiredException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public NetworkAuthenticationRequiredException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public NetworkAuthenticationRequiredException cause(Throwable cause) { super.cause(cause); return this; }
}
