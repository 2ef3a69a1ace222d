package dev.statuskit.servlet;

/**
 * Stands for an error status that was not thrown: a {@code sendError} call, a container error or
 * an async time-out. It is what the log record shows; for a 5xx from {@code sendError} its stack
 * trace points at the caller.
 */
final class SentError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SentError(String message, boolean withStackTrace) {
    super(message, null, false, withStackTrace);
  }
}
