package dev.statuskit.engine;

import dev.statuskit.HttpStatus;
import dev.statuskit.spi.ProblemEvent;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the one log record of a handled problem, named {@code dev.statuskit}.
 *
 * <p>A 5xx is logged at {@code ERROR} with the stack trace and the occurrence id that the response
 * body carries in {@code instance}, so an operator can find the trace from a client's report. A 4xx
 * is logged at {@code DEBUG} without trace: it is the client's error, and under a flood of bad
 * requests the log must not become the bottleneck. The engine writes exactly one per event. A
 * status-only error (no exception) is logged with the note its adapter gave, such as the
 * {@code sendError} call, and no stack trace.
 *
 * <p>The record carries the status, the problem type, the trace id (when the problem has one), the
 * occurrence id (5xx), the method and the path (never the query string). When SLF4J 2 with a
 * provider is on the class path it goes through SLF4J, with these as key-value pairs (see
 * {@link Slf4jLog}) so that structured encoders write fields; otherwise through
 * {@link System.Logger}, as one line of text. Either way the text reads the same:
 * {@code 500 Internal Server Error for GET /orders, type about:blank, trace 4bf9..., occurrence urn:uuid:...}.
 *
 * <p>A throwable whose causes and suppressed exceptions nest deeper than {@value #MAX_LOGGED_DEPTH}
 * levels is logged as a copy of its first {@value #MAX_LOGGED_DEPTH} causes (class, message, stack
 * trace) and a note of how many were left out: {@link Throwable#printStackTrace()}, which logging
 * backends call, recurses once per level and would overflow the stack.
 *
 * @since 0.3.0
 */
final class ProblemLog {

  /** The name of the logger. */
  static final String NAME = "dev.statuskit";

  /** Key of the response status code (an {@code Integer}); the name the HTTP semantic conventions use. */
  static final String STATUS = "http.response.status_code";
  /** Key of the problem type URI. */
  static final String TYPE = "statuskit.problem.type";
  /** Key of the occurrence id of a 5xx (the body's {@code instance}). */
  static final String OCCURRENCE = "statuskit.occurrence_id";
  /** Key of the trace id the problem carries. */
  static final String TRACE_ID = "trace_id";
  /** Key of the request method. */
  static final String METHOD = "http.request.method";
  /** Key of the request path, without query string. */
  static final String PATH = "url.path";

  /** Deepest nesting of causes and suppressed exceptions that is logged as it is. */
  static final int MAX_LOGGED_DEPTH = 64;

  /** Where records go: SLF4J when it is there with a provider, else {@link System.Logger}. */
  interface Sink {
    /** Whether a record at ERROR ({@code error}) or DEBUG would be written. */
    boolean isEnabled(boolean error);

    /** Writes one record; {@code fields} in the order above, values never {@code null}. */
    void write(boolean error, String message, @Nullable Throwable thrown, Map<String, Object> fields);
  }

  private static final Sink SINK = sink();

  private ProblemLog() {}

  /**
   * Logs an event.
   *
   * @param event what was answered; its method, path and type are logged with control characters
   *     replaced, so they cannot forge log lines
   * @param note what stands for the exception when there is none, or {@code null}
   * @param traceId the trace id the problem carries, or {@code null}
   */
  static void log(ProblemEvent event, @Nullable String note, @Nullable String traceId) {
    log(SINK, event, note, traceId);
  }

  static void log(Sink sink, ProblemEvent event, @Nullable String note, @Nullable String traceId) {
    boolean error = event.status().series() == HttpStatus.Series.SERVER_ERROR;
    if (!sink.isEnabled(error)) {
      return; // the usual 4xx: nothing to format
    }
    String method = sanitize(event.method());
    String path = sanitize(event.path());
    String type = sanitize(event.problem().type().toString());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(STATUS, event.status().code());
    fields.put(TYPE, type);
    StringBuilder text = new StringBuilder(128).append(event.status()).append(" for ").append(method)
        .append(' ').append(path).append(", type ").append(type);
    if (traceId != null) {
      String trace = sanitize(traceId);
      fields.put(TRACE_ID, trace);
      text.append(", trace ").append(trace);
    }
    if (error) {
      String occurrence = event.problem().instance().map(u -> sanitize(u.toString())).orElse(null);
      if (occurrence != null) {
        fields.put(OCCURRENCE, occurrence);
      }
      text.append(", occurrence ").append(occurrence == null ? "-" : occurrence);
    }
    fields.put(METHOD, method);
    fields.put(PATH, path);
    Throwable thrown = event.exception().orElse(null);
    if (error && thrown != null) {
      sink.write(true, text.toString(), loggable(thrown), fields);
    } else {
      String what = thrown != null ? String.valueOf(thrown) : note != null ? note : event.origin().toString();
      sink.write(error, text.append(": ").append(sanitize(what)).toString(), null, fields);
    }
  }

  /** SLF4J 2 when its API and a provider are present, else {@link System.Logger}. */
  private static Sink sink() {
    try {
      Class.forName("org.slf4j.spi.LoggingEventBuilder", false, ProblemLog.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return new SystemLoggerSink();
    }
    try {
      Sink slf4j = Slf4jLog.ifProvided();
      if (slf4j != null) {
        return slf4j;
      }
    } catch (RuntimeException | LinkageError e) {
      System.getLogger(NAME).log(System.Logger.Level.DEBUG, "SLF4J is present but cannot be used; logging through System.Logger", e);
    }
    return new SystemLoggerSink();
  }

  /** The kind of sink in use, for tests and diagnostics: {@code "slf4j"} or {@code "system-logger"}. */
  static String sinkName() {
    return SINK instanceof SystemLoggerSink ? "system-logger" : "slf4j";
  }

  /** {@link System.Logger}: the fields are in the text, which is the whole record. */
  static final class SystemLoggerSink implements Sink {
    private final System.Logger logger = System.getLogger(NAME);

    @Override
    public boolean isEnabled(boolean error) {
      return logger.isLoggable(error ? System.Logger.Level.ERROR : System.Logger.Level.DEBUG);
    }

    @Override
    public void write(boolean error, String message, @Nullable Throwable thrown, Map<String, Object> fields) {
      log(logger, error ? System.Logger.Level.ERROR : System.Logger.Level.DEBUG, message, thrown);
    }
  }

  /** Writes through {@link System.Logger}; here, so that java.util.logging names ProblemLog.log as the source. */
  private static void log(System.Logger logger, System.Logger.Level level, String message, @Nullable Throwable thrown) {
    if (thrown != null) {
      logger.log(level, message, thrown);
    } else {
      logger.log(level, message);
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

    Cut(String text, @Nullable Throwable cause, StackTraceElement[] trace) {
      super(text, cause, false, true);
      this.text = text;
      setStackTrace(trace);
    }

    @Override
    public String toString() {
      return text;
    }
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
