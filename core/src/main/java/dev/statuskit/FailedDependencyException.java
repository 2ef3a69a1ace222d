package dev.statuskit;

import dev.statuskit.header.HeaderFields;

/**
 * Answers 424 Failed Dependency: the action failed because another action it depends on failed.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.4">RFC 4918 §11.4</a>
 * @since 0.1
 */
public final class FailedDependencyException extends ClientErrorException {

  private static final long serialVersionUID = 1L;

  /** An exception without detail. */
  public FailedDependencyException() {
    super(HttpStatus.FAILED_DEPENDENCY, HeaderFields.empty());
  }

  /**
   * An exception with a detail.
   *
   * @param detail an explanation of this occurrence for the client
   */
  public FailedDependencyException(String detail) {
    this();
    detail(detail);
  }
}
