package dev.statuskit.engine;

import dev.statuskit.Problem;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import java.util.List;
import java.util.Objects;

/**
 * Stage 4: the application's customizers, lowest {@code @Priority} first. One that throws is
 * skipped; one that changes the status is ignored, as RFC 9457 §3.1.2 requires the problem's status
 * to equal the response's.
 */
final class Customize implements Stage {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private final Hooks hooks;

  Customize(Hooks hooks) {
    this.hooks = hooks;
  }

  @Override
  public void apply(Draft d) {
    List<ProblemCustomizer> cs = hooks.customizers();
    if (cs.isEmpty()) {
      return; // no event to build
    }
    ProblemEvent event = d.event();
    for (ProblemCustomizer customizer : cs) {
      try {
        Problem next = Objects.requireNonNull(customizer.customize(d.problem, event), "customized problem");
        if (next.status().equals(d.problem.status())) {
          d.problem = next;
        } else {
          LOG.log(System.Logger.Level.WARNING, "StatusKit ignored " + customizer.getClass().getName()
              + ": it changed the problem's status, which must equal the response status (RFC 9457 §3.1.2)");
        }
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "StatusKit skipped problem customizer " + customizer.getClass().getName(), e);
      }
    }
  }
}
