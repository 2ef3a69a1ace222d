package dev.statuskit;

import java.util.Objects;

/**
 * Writes the one log record of a handled problem, through {@link System.Logger} named
 * {@code dev.statuskit} (so any logging backend the platform bridges receives it).
 *
 * <p>A 5xx is logged at {@code ERROR} with the stack trace and the occurrence id that the response
 * body carries in {@code instance}, so an operator can find the trace from a client's report. A 4xx
 * is logged at {@code DEBUG} without trace: it is the client's error, and under a flood of bad
 * requests the log must not become the bottleneck. The adapters call this exactly once per
 * response.
 *
 * @since 0.1
 */
public final class ProblemLog {

  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private ProblemLog() {}

  /**
   * Logs a resolution.
   *
   * @param resolution what was resolved
   * @param request a short description of the request, such as {@code "GET /orders/42"}; it is
   *     logged with control characters replaced, so it cannot forge log lines
   */
  public static void log(Resolution resolution, String request) {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(request, "request");
    if (!isLoggable(resolution)) {
      return; // the usual 4xx: nothing to format
    }
    String req = sanitize(request);
    if (resolution.isServerError()) {
      LOG.log(System.Logger.Level.ERROR, resolution.status() + " for " + req + ", occurrence "
          + resolution.problem().instance().map(Object::toString).orElse("-"), resolution.thrown());
    } else {
      LOG.log(System.Logger.Level.DEBUG, resolution.status() + " for " + req + ": "
          + sanitize(String.valueOf(resolution.thrown())));
    }
  }

  /** Whether {@link #log} writes a record for this resolution: ERROR for 5xx, DEBUG otherwise. */
  static boolean isLoggable(Resolution resolution) {
    return LOG.isLoggable(resolution.isServerError() ? System.Logger.Level.ERROR : System.Logger.Level.DEBUG);
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
