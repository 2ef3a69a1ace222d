package dev.statuskit.servlet.it;

import dev.statuskit.conformance.Violation;
import dev.statuskit.spi.ConformanceListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the conformance guard reported, found through the service file of the tests. */
public final class RecordingConformanceListener implements ConformanceListener {

  public static final List<String> HEARD = new CopyOnWriteArrayList<>();

  @Override
  public void onViolation(String route, int status, Violation violation) {
    HEARD.add(route + " " + status + " " + violation.key());
  }
}
