package dev.statuskit.jaxrs;

import dev.statuskit.Problem;
import dev.statuskit.representation.ProblemMediaType;
import dev.statuskit.representation.ProblemWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders a problem so that the error path cannot fail on its own body: an extension member that the
 * writer rejects (an unknown type, a cycle, nesting beyond 32 levels, an {@code ExtensionValueWriter}
 * that throws) is left out and logged once at WARNING; should the rest still fail, the minimal
 * problem (type, title, status, instance) is written. The same rule as the servlet adapter's.
 */
final class SafeBody {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private SafeBody() {}

  static byte[] render(ProblemWriter writer, Problem problem, ProblemMediaType type) {
    try {
      return writer.toBytes(problem, type);
    } catch (RuntimeException | StackOverflowError e) {
      Problem.Builder rest = problem.toBuilder();
      List<String> dropped = new ArrayList<>();
      for (Map.Entry<String, @Nullable Object> m : problem.extensions().entrySet()) {
        try {
          writer.toBytes(Problem.builder().extension(m.getKey(), m.getValue()).build(), ProblemMediaType.JSON);
        } catch (RuntimeException | StackOverflowError bad) {
          rest.removeExtension(m.getKey());
          dropped.add(m.getKey());
        }
      }
      LOG.log(System.Logger.Level.WARNING, "StatusKit left out extension members " + dropped + " of a problem with status "
          + problem.status() + ": they cannot be written", e);
      try {
        return writer.toBytes(rest.build(), type);
      } catch (RuntimeException | StackOverflowError again) {
        return writer.toBytes(minimal(problem), type);
      }
    }
  }

  /** Only the members StatusKit itself sets, which are always writable. */
  static Problem minimal(Problem problem) {
    Problem.Builder b = Problem.builder().type(problem.type()).title(problem.title().orElse(null));
    if (problem.status().isPresent()) {
      b.status(problem.status().getAsInt());
    } else {
      b.noStatus();
    }
    return b.instance(problem.instance().orElse(null)).build();
  }
}
