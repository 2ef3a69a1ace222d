package dev.statuskit;

import java.net.URI;

/**
 * Answers 303 See Other: the result of the request is found at another URI, to be retrieved with GET. The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new SeeOtherException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110 §15.4.4</a>
 * @since 0.1
 */
public final class SeeOtherException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public SeeOtherException(URI location) {
    super(HttpStatus.SEE_OTHER, location(location));
  }
}
