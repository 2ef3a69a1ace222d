package dev.statuskit.header;

import dev.statuskit.header.internal.FieldSyntax;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A protocol for {@code Upgrade} (RFC 9110 §7.8): {@code protocol-name ["/" protocol-version]}.
 *
 * <p>Immutable; both parts are tokens.
 *
 * <pre>{@code
 * Protocol.of("HTTP", "3.0");   // HTTP/3.0
 * Protocol.of("websocket");     // websocket
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-7.8">RFC 9110 §7.8</a>
 * @since 0.1.0
 */
public final class Protocol extends FieldValue {

  private final String name;
  private final @Nullable String version;

  private Protocol(String name, @Nullable String version) {
    this.name = name;
    this.version = version;
  }

  /**
   * A protocol without a version.
   *
   * @param name a token
   * @return the protocol
   * @throws IllegalArgumentException if the name is not a token
   */
  public static Protocol of(String name) {
    return new Protocol(FieldSyntax.requireToken(name, "protocol-name"), null);
  }

  /**
   * A protocol with a version.
   *
   * @param name a token
   * @param version a token
   * @return the protocol
   * @throws IllegalArgumentException if either part is not a token
   */
  public static Protocol of(String name, String version) {
    return new Protocol(FieldSyntax.requireToken(name, "protocol-name"),
        FieldSyntax.requireToken(version, "protocol-version"));
  }

  /**
   * Parses {@code name[/version]}.
   *
   * @param value the text
   * @return the protocol
   * @throws IllegalArgumentException if it is malformed
   */
  public static Protocol parse(String value) {
    Objects.requireNonNull(value, "value");
    int slash = value.indexOf('/');
    return slash < 0 ? of(value) : of(value.substring(0, slash), value.substring(slash + 1));
  }

  /**
   * The protocol name.
   *
   * @return for example {@code HTTP}
   */
  public String name() {
    return name;
  }

  /**
   * The protocol version.
   *
   * @return the version, or empty
   */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /**
   * The list element.
   *
   * @return for example {@code HTTP/3.0}
   */
  public String value() {
    return version == null ? name : name + '/' + version;
  }

  @Override
  Object wireForm() {
    return value();
  }
}
