package dev.statuskit;

import java.net.URI;

/**
 * Answers 308 Permanent Redirect: the resource has a new permanent URI; the method must not change. The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new PermanentRedirectException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">RFC 9110 §15.4.9</a>
 * @since 0.1
 */
public final class PermanentRedirectException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public PermanentRedirectException(URI location) {
    super(HttpStatus.PERMANENT_REDIRECT, location(location));
  }
}
