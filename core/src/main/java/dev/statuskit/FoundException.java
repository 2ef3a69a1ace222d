package dev.statuskit;

import java.net.URI;

/**
 * Answers 302 Found: the resource resides temporarily under another URI; user agents may change POST to GET (use {@link TemporaryRedirectException} to forbid that). The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new FoundException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">RFC 9110 §15.4.3</a>
 * @since 0.1
 */
public final class FoundException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public FoundException(URI location) {
    super(HttpStatus.FOUND, location(location));
  }
}
