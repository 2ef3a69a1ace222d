package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.header.Protocol;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 426 Upgrade Required: the server refuses the request over the current protocol; the
 * response carries {@code Upgrade} with the acceptable protocols, most preferred first, and
 * {@code Connection: upgrade} as every sender of {@code Upgrade} must (RFC 9110 §7.8).
 *
 * <p>Only HTTP/1.1 can carry it: HTTP/2 and HTTP/3 forbid both fields (RFC 9113 §8.2.2, RFC 9114 §4.2).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22">RFC 9110 §15.5.22</a>
 * @since 0.1.0
 */
public final class UpgradeRequiredException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  private final List<Protocol> protocols;

  /**
   * An exception with the protocols to upgrade to.
   *
   * @param protocol the most preferred protocol
   * @param more further protocols, in order of preference
   */
  public UpgradeRequiredException(Protocol protocol, Protocol... more) {
    this(List.copyOf(list("protocol", protocol, more)));
  }

  private UpgradeRequiredException(List<Protocol> protocols) {
    super(HttpStatus.UPGRADE_REQUIRED, HeaderFields.builder()
        .add("Upgrade", String.join(", ", protocols.stream().map(Protocol::value).toList()))
        .add("Connection", "upgrade")
        .build());
    this.protocols = protocols;
  }

  /**
   * The protocols, most preferred first.
   *
   * @return an unmodifiable list
   */
  public List<Protocol> getProtocols() {
    return protocols;
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public UpgradeRequiredException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public UpgradeRequiredException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public UpgradeRequiredException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public UpgradeRequiredException type(URI type) { super.type(type); return this; }
  @Override
  public UpgradeRequiredException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public UpgradeRequiredException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public UpgradeRequiredException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public UpgradeRequiredException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public UpgradeRequiredException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public UpgradeRequiredException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public UpgradeRequiredException cause(Throwable cause) { super.cause(cause); return this; }
}
