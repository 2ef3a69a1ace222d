package dev.statuskit.servlet.it;

import dev.statuskit.testsupport.LogCapture;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One container started for a whole suite of wire-contract tests, with the log records it writes
 * captured: the container comes from {@link #newHarness()} (one subclass per container), starts
 * without context parameters before the first test and stops after the last; the records are
 * cleared before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContainerSuite {

  protected ServletContainerHarness harness;
  protected LogCapture log;
  private URI base;

  /** A new, stopped harness for the container under test. */
  protected abstract ServletContainerHarness newHarness();

  @BeforeAll
  void start() throws Exception {
    log = LogCapture.start();
    harness = newHarness();
    base = harness.start(Map.of());
  }

  @AfterAll
  void stop() throws Exception {
    harness.stop();
    log.close();
  }

  @BeforeEach
  void clearLog() {
    log.clear();
  }

  protected URI uri(String path) {
    return base.resolve(path);
  }

  /** Checks against a running container, given its base URI. */
  protected interface Checks {
    void run(URI base) throws Exception;
  }

  /**
   * Starts another container of the same kind with these context parameters, runs the checks
   * against it, and stops it again.
   */
  protected void onAnother(Map<String, String> contextParams, Checks checks) throws Exception {
    ServletContainerHarness other = newHarness();
    try {
      checks.run(other.start(contextParams));
    } finally {
      other.stop();
    }
  }
}
