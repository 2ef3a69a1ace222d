package dev.statuskit;

import dev.statuskit.header.HeaderFields;
import java.net.URI;

/**
 * Answers 300 Multiple Choices: the target has several representations and the server leaves the
 * choice to the client; the body should list them, and {@code Location} names the server's
 * preferred choice when it has one.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1">RFC 9110 §15.4.1</a>
 * @since 0.1
 */
public final class MultipleChoicesException extends RedirectionException {

  private static final long serialVersionUID = 1L;

  /** An exception without a preferred choice. */
  public MultipleChoicesException() {
    super(HttpStatus.MULTIPLE_CHOICES, HeaderFields.empty());
  }

  /**
   * An exception with the server's preferred choice.
   *
   * @param preferred the URI reference sent as {@code Location}
   */
  public MultipleChoicesException(URI preferred) {
    super(HttpStatus.MULTIPLE_CHOICES, location(preferred));
  }
}
