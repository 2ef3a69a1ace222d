package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers 421 Misdirected Request: the request was directed at a server that cannot answer for this target URI's authority.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">RFC 9110 §15.5.20</a>
 * @since 0.1.0
 */
public final class MisdirectedRequestException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public MisdirectedRequestException() {
    super(HttpStatus.MISDIRECTED_REQUEST, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public MisdirectedRequestException(String detail) {
    this();
    detail(detail);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public MisdirectedRequestException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public MisdirectedRequestException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public MisdirectedRequestException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public MisdirectedRequestException type(URI type) { super.type(type); return this; }
  @Override
  public MisdirectedRequestException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public MisdirectedRequestException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public MisdirectedRequestException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public MisdirectedRequestException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public MisdirectedRequestException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public MisdirectedRequestException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public MisdirectedRequestException cause(Throwable cause) { super.cause(cause); return this; }
}
