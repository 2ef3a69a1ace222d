package dev.statuskit.test;

import dev.statuskit.conformance.ComplianceChecker;
import dev.statuskit.conformance.Severity;
import dev.statuskit.conformance.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The responses a running test received that break a rule, for the extension to report at its end. */
final class Recorder {

  /** The test that runs now; null between tests. */
  private static volatile @Nullable Recorder active;

  private final List<String> reports = new ArrayList<>();
  private final Severity failOn;
  private final Set<String> ignored;

  Recorder(Severity failOn, Set<String> ignored) {
    this.failOn = failOn;
    this.ignored = Set.copyOf(ignored);
  }

  static void activate(@Nullable Recorder r) {
    active = r;
  }

  static @Nullable Recorder active() {
    return active;
  }

  /**
   * Checks a response, keeps a report of it for the running test if it fails at that test's
   * severity, and returns that report.
   */
  static @Nullable String check(CapturedResponse response, Severity failOn, Set<String> ignored) {
    Recorder r = active;
    Severity threshold = r == null ? failOn : r.failOn;
    List<Violation> found = new ArrayList<>();
    for (Violation v : ComplianceChecker.check(response)) {
      Set<String> skip = r == null ? ignored : r.ignored;
      if (!skip.contains(v.rule()) && !skip.contains(v.key())) {
        found.add(v);
      }
    }
    String report = report(response, found, threshold);
    if (report != null && r != null) {
      synchronized (r.reports) {
        r.reports.add(report);
      }
    }
    return report;
  }

  static @Nullable String report(CapturedResponse response, List<Violation> violations, Severity threshold) {
    List<Violation> failing = new ArrayList<>();
    for (Violation v : violations) {
      if (v.severity().compareTo(threshold) <= 0) {
        failing.add(v);
      }
    }
    if (failing.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("The response breaks RFC rules:");
    failing.forEach(v -> sb.append("\n  ").append(v));
    return sb.append("\n\nin the response:\n").append(response).toString();
  }

  List<String> reports() {
    synchronized (reports) {
      return List.copyOf(reports);
    }
  }
}
