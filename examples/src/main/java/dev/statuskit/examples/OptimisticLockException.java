package dev.statuskit.examples;

/**
 * Thrown by the store when a write is based on a version that is no longer current; it stands for
 * a third-party exception (JPA's {@code jakarta.persistence.OptimisticLockException}) that the
 * application does not own and translates with {@code @MapException}.
 */
public class OptimisticLockException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * The exception.
   *
   * @param message what conflicted (never shown to clients)
   */
  public OptimisticLockException(String message) {
    super(message);
  }
}
