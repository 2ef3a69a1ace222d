package dev.statuskit.engine;

import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The last stage: listeners, CDI observers and the one log record, all given the event the adapter
 * sends. Each hook on its own: one that throws is logged and the others still run.
 */
final class Observe {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private Observe() {}

  static void notify(Hooks hooks, ProblemEvent event, @Nullable String note, String traceIdMember) {
    List<ProblemListener> listeners = hooks.listeners();
    Cdi cdi = hooks.cdi();
    if (!listeners.isEmpty() || cdi != null) {
      // Read now, on the request's thread: asynchronous observers run when the runtime's request
      // objects may be gone.
      event.method();
      event.path();
    }
    for (ProblemListener l : listeners) {
      try {
        l.onProblem(event);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "StatusKit problem listener " + l.getClass().getName() + " failed", e);
      }
    }
    if (cdi != null) {
      try {
        cdi.fire(event);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(System.Logger.Level.WARNING, "A CDI observer of ProblemEvent failed", e);
      }
    }
    Object traceId = traceIdMember.isEmpty() ? null : event.problem().extensions().get(traceIdMember);
    ProblemLog.log(event, note, traceId instanceof String t ? t : null);
  }
}
