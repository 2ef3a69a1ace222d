package dev.statuskit.engine;

import dev.statuskit.HttpStatus;
import dev.statuskit.spi.ProblemEvent;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the one log record of a handled problem, through {@link System.Logger} named
 * {@code dev.statuskit} (so any logging backend the platform bridges receives it).
 *
 * <p>A 5xx is logged at {@code ERROR} with the stack trace and the occurrence id that the response
 * body carries in {@code instance}, so an operator can find the trace from a client's report. A 4xx
 * is logged at {@code DEBUG} without trace: it is the client's error, and under a flood of bad
 * requests the log must not become the bottleneck. The engine writes exactly one per event. A
 * status-only error (no exception) is logged with the note its adapter gave, such as the
 * {@code sendError} call, and no stack trace.
 *
 * <p>A throwable whose causes and suppressed exceptions nest deeper than {@value #MAX_LOGGED_DEPTH}
 * levels is logged as a copy of its first {@value #MAX_LOGGED_DEPTH} causes (class, message, stack
 * trace) and a note of how many were left out: {@link Throwable#printStackTrace()}, which logging
 * backends call, recurses once per level and would overflow the stack.
 *
 * @since 0.1
 */
final class ProblemLog {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  /** Deepest nesting of causes and suppressed exceptions that is logged as it is. */
  static final int MAX_LOGGED_DEPTH = 64;

  private ProblemLog() {}

  /**
   * Logs an event.
   *
   * @param event what was answered; its method and path are logged with control characters
   *     replaced, so they cannot forge log lines
   * @param note what stands for the exception when there is none, or {@code null}
   * @param traceId the trace id the problem carries, or {@code null}
   */
  static void log(ProblemEvent event, @Nullable String note, @Nullable String traceId) {
    if (!isLoggable(event)) {
      return; // the usual 4xx: nothing to format
    }
    String req = sanitize(event.method() + " " + event.path()) + (traceId == null ? "" : ", trace " + sanitize(traceId));
    Throwable thrown = event.exception().orElse(null);
    String what = thrown != null ? String.valueOf(thrown) : note != null ? note : event.origin().toString();
    if (event.status().series() == HttpStatus.Series.SERVER_ERROR) {
      String head = event.status() + " for " + req + ", occurrence "
          + event.problem().instance().map(Object::toString).orElse("-");
      if (thrown != null) {
        LOG.log(System.Logger.Level.ERROR, head, loggable(thrown));
      } else {
        LOG.log(System.Logger.Level.ERROR, head + ": " + sanitize(what));
      }
    } else {
      LOG.log(System.Logger.Level.DEBUG, event.status() + " for " + req + ": " + sanitize(what));
    }
  }

  /** The throwable itself, or a copy cut to {@link #MAX_LOGGED_DEPTH} causes if it nests deeper. */
  static Throwable loggable(Throwable thrown) {
    if (!deeperThan(thrown, MAX_LOGGED_DEPTH)) {
      return thrown;
    }
    Deque<Throwable> chain = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && chain.size() < MAX_LOGGED_DEPTH && seen.add(t); t = t.getCause()) {
      chain.push(t);
    }
    int left = 0;
    for (Throwable t = chain.peek().getCause(); t != null && seen.add(t); t = t.getCause()) {
      left++;
    }
    Throwable copy = left == 0 ? null : new Cut("... " + left + " more causes not logged", null, new StackTraceElement[0]);
    while (!chain.isEmpty()) {
      Throwable t = chain.pop();
      copy = new Cut(t.toString(), copy, t.getStackTrace());
    }
    return Objects.requireNonNull(copy);
  }

  /** Whether causes and suppressed exceptions nest deeper than {@code max}; walks without recursion. */
  private static boolean deeperThan(Throwable thrown, int max) {
    Deque<Object[]> todo = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    todo.push(new Object[] {thrown, 0});
    while (!todo.isEmpty()) {
      Object[] next = todo.pop();
      Throwable t = (Throwable) next[0];
      int depth = (Integer) next[1];
      if (depth > max) {
        return true;
      }
      if (!seen.add(t)) {
        continue;
      }
      if (t.getCause() != null) {
        todo.push(new Object[] {t.getCause(), depth + 1});
      }
      for (Throwable s : t.getSuppressed()) {
        todo.push(new Object[] {s, depth + 1});
      }
    }
    return false;
  }

  /** One logged element of a cut chain: prints as the original did ({@code class: message}). */
  private static final class Cut extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String text;

    Cut(String text, Throwable cause, StackTraceElement[] trace) {
      super(text, cause, false, true);
      this.text = text;
      setStackTrace(trace);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Whether {@link #log} writes a record for this event: ERROR for 5xx, DEBUG otherwise. */
  static boolean isLoggable(ProblemEvent event) {
    return LOG.isLoggable(event.status().code() >= 500 ? System.Logger.Level.ERROR : System.Logger.Level.DEBUG);
  }

  static String sanitize(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append('?');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
