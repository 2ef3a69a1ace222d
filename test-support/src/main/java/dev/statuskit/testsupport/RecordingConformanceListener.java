package dev.statuskit.testsupport;

import dev.statuskit.conformance.Violation;
import dev.statuskit.spi.ConformanceListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the conformance guard reported, as "route status rule"; the suites' service files name it. */
public final class RecordingConformanceListener implements ConformanceListener {

  /** Every report heard, in order; a suite clears it before its test. */
  public static final List<String> HEARD = new CopyOnWriteArrayList<>();

  /** For the service loader. */
  public RecordingConformanceListener() {}

  @Override
  public void onViolation(String route, int status, Violation violation) {
    HEARD.add(route + " " + status + " " + violation.key());
  }
}
