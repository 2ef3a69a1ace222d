package dev.statuskit;

import java.util.Objects;
import java.util.Optional;

/**
 * One handled problem: what was thrown (if anything), the problem and status answered, and the
 * essentials of the request. Fired as a CDI event when a CDI container is present, and passed to
 * {@link dev.statuskit.spi.ProblemListener}s and {@link dev.statuskit.spi.ProblemCustomizer}s.
 *
 * <p>Immutable. The request path is as the client sent it, so treat it as untrusted text.
 *
 * <pre>{@code
 * void count(@Observes ProblemEvent e) {
 *   registry.counter("http.problems", "status", String.valueOf(e.status())).increment();
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class ProblemEvent {

  private final Resolution resolution;
  private final String method;
  private final String path;

  /**
   * An event.
   *
   * @param resolution the resolution, with the final problem
   * @param method the request method
   * @param path the request path
   */
  public ProblemEvent(Resolution resolution, String method, String path) {
    this.resolution = Objects.requireNonNull(resolution, "resolution");
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
  }

  /**
   * The full resolution.
   *
   * @return the resolution
   */
  public Resolution resolution() {
    return resolution;
  }

  /**
   * The exception that was thrown, if the problem came from one (not for a container's own 404
   * or a {@code sendError}).
   *
   * @return the throwable, or empty
   */
  public Optional<Throwable> exception() {
    return resolution.kind() == Resolution.Kind.STATUS ? Optional.empty() : Optional.of(resolution.thrown());
  }

  /**
   * The problem answered.
   *
   * @return the problem
   */
  public Problem problem() {
    return resolution.problem();
  }

  /**
   * The response status.
   *
   * @return the code
   */
  public int status() {
    return resolution.status().code();
  }

  /**
   * The request method.
   *
   * @return for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The request path.
   *
   * @return for example {@code /orders/42}
   */
  public String path() {
    return path;
  }

  @Override
  public String toString() {
    return "ProblemEvent{" + status() + " " + method + " " + path + "}";
  }


}
