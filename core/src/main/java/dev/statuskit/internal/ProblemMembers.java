package dev.statuskit.internal;

import dev.statuskit.Problem;
import java.lang.invoke.MethodHandles;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The optional members of a {@link Problem} as it holds them, {@code null} (or status 0) when
 * absent, for StatusKit's writers and engine on the error path. {@code Problem}'s public accessors
 * return an {@code Optional} per member, and the JIT does not always leave them out: on the path of
 * a written problem they were three objects a response. {@code Problem} installs the one
 * {@link Access} when its class is initialized.
 */
public final class ProblemMembers {

  /** Reads a problem's fields; implemented by {@code Problem} alone. */
  public interface Access {
    /**
     * The title.
     *
     * @param p the problem
     * @return the title, or {@code null}
     */
    @Nullable String title(Problem p);

    /**
     * The status.
     *
     * @param p the problem
     * @return the status code, or 0 when absent
     */
    int status(Problem p);

    /**
     * The detail.
     *
     * @param p the problem
     * @return the detail, or {@code null}
     */
    @Nullable String detail(Problem p);

    /**
     * The instance.
     *
     * @param p the problem
     * @return the instance, or {@code null}
     */
    @Nullable URI instance(Problem p);
  }

  private static volatile @Nullable Access access;

  private ProblemMembers() {}

  /**
   * Installs the access; called once, by {@code Problem}'s class initializer.
   *
   * @param a the access
   * @throws IllegalStateException if one is installed already
   */
  public static void install(Access a) {
    if (access != null) {
      throw new IllegalStateException("the access to Problem's members is installed already");
    }
    access = Objects.requireNonNull(a, "access");
  }

  private static Access access() {
    Access a = access;
    if (a == null) {
      // Only before any Problem exists: a caller that holds one has seen its class initialized.
      try {
        MethodHandles.lookup().ensureInitialized(Problem.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      a = Objects.requireNonNull(access, "access");
    }
    return a;
  }

  /**
   * The title, as {@code problem.title().orElse(null)}.
   *
   * @param problem the problem
   * @return the title, or {@code null}
   */
  public static @Nullable String title(Problem problem) {
    return access().title(problem);
  }

  /**
   * The status, as {@code problem.status().orElse(0)}.
   *
   * @param problem the problem
   * @return the status code, or 0
   */
  public static int status(Problem problem) {
    return access().status(problem);
  }

  /**
   * The detail, as {@code problem.detail().orElse(null)}.
   *
   * @param problem the problem
   * @return the detail, or {@code null}
   */
  public static @Nullable String detail(Problem problem) {
    return access().detail(problem);
  }

  /**
   * The instance, as {@code problem.instance().orElse(null)}.
   *
   * @param problem the problem
   * @return the instance, or {@code null}
   */
  public static @Nullable URI instance(Problem problem) {
    return access().instance(problem);
  }
}
