package dev.statuskit;

import java.net.URI;

/**
 * Answers 307 Temporary Redirect: the resource resides temporarily under another URI; the method must not change. The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new TemporaryRedirectException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110 §15.4.8</a>
 * @since 0.1
 */
public final class TemporaryRedirectException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public TemporaryRedirectException(URI location) {
    super(HttpStatus.TEMPORARY_REDIRECT, location(location));
  }
}
