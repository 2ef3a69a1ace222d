package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers a client error (4xx) status. The typed subclasses cover the registered codes; this class
 * can be thrown directly for any other code of the class (for example an unregistered one), as
 * long as the header fields that status requires are given.
 *
 * <p>Like every {@link HttpException}, it is settable until it is thrown: its fluent methods change
 * it and return it typed as its own class (a subclass returns its own), its getters read it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15</a>
 * @since 0.1.0
 */
public class ClientErrorException extends HttpException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception for a status without extra header fields.
   *
   * @param status a client error (4xx) code
   * @throws IllegalArgumentException if the code is of another class, or the status requires a
   *     header field (use its typed exception)
   */
  public ClientErrorException(int status) {
    this(HttpStatus.valueOf(status), HeaderFields.empty());
  }

  /**
   * An exception for a status with header fields.
   *
   * @param status a client error (4xx) status
   * @param headers validated header fields, including those the status requires
   * @throws IllegalArgumentException if the status is of another class, a required header field is
   *     missing or a forbidden one present
   */
  public ClientErrorException(HttpStatus status, HeaderFields headers) {
    this(status, headers, true);
  }

  /**
   * An exception for a response another server sent: the header-field rules StatusKit enforces on
   * its own responses are not checked. For a client that turns a client error (4xx) response it received into an
   * exception, with the header fields it could read; not for throwing from an application, where
   * the public constructors check those rules.
   *
   * @param status a client error (4xx) status
   * @param headers the header fields of the response, valid as values but possibly missing one
   *     the status requires or carrying one it forbids
   * @return the exception, not thrown
   * @throws IllegalArgumentException if the status is of another class
   */
  public static ClientErrorException received(HttpStatus status, HeaderFields headers) {
    return new ClientErrorException(status, headers, false);
  }

  /** The one constructor that checks the class of the status; {@code checkRules} as in {@link HttpException}. */
  private ClientErrorException(HttpStatus status, HeaderFields headers, boolean checkRules) {
    super(requireSeries(status, HttpStatus.Series.CLIENT_ERROR, "ClientErrorException"), headers, checkRules);
  }

  // Covariant overrides, so that a chain of fluent calls keeps this class's type.
  @Override
  public ClientErrorException detail(@Nullable String detail) { super.detail(detail); return this; }
  @Override
  public ClientErrorException detailKey(@Nullable String key) { super.detailKey(key); return this; }
  @Override
  public ClientErrorException detailKey(String key, Map<String, ?> arguments) { super.detailKey(key, arguments); return this; }
  @Override
  public ClientErrorException type(URI type) { super.type(type); return this; }
  @Override
  public ClientErrorException title(@Nullable String title) { super.title(title); return this; }
  @Override
  public ClientErrorException instance(@Nullable URI instance) { super.instance(instance); return this; }
  @Override
  public ClientErrorException extension(String name, @Nullable Object value) { super.extension(name, value); return this; }
  @Override
  public ClientErrorException portableExtension(String name, @Nullable Object value) { super.portableExtension(name, value); return this; }
  @Override
  public ClientErrorException header(String name, String value) { super.header(name, value); return this; }
  @Override
  public ClientErrorException withStackTrace() { super.withStackTrace(); return this; }
  @Override
  public ClientErrorException cause(Throwable cause) { super.cause(cause); return this; }
}
