package dev.statuskit;

import java.net.URI;

/**
 * Answers 301 Moved Permanently: the resource has a new permanent URI; user agents may change POST to GET (use {@link PermanentRedirectException} to forbid that). The response carries {@code Location}.
 *
 * <pre>{@code
 * throw new MovedPermanentlyException(URI.create("/orders/42"));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110 §15.4.2</a>
 * @since 0.1
 */
public final class MovedPermanentlyException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /**
   * A redirection to a URI reference.
   *
   * @param location the target; relative references resolve against the request URI
   */
  public MovedPermanentlyException(URI location) {
    super(HttpStatus.MOVED_PERMANENTLY, location(location));
  }
}
