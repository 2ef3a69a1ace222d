package dev.statuskit.jaxrs.it;

/** Stands for a third-party exception (such as an OptimisticLockException) that @MapException translates. */
public class StaleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleException(String message) {
    super(message);
  }
}
