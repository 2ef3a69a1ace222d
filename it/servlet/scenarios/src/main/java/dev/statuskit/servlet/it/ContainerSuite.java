package dev.statuskit.servlet;

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
abstract class ContainerSuite {

  ServletContainerHarness harness;
  LogCapture log;
  private URI base;

  /** A new, stopped harness for the container under test. */
  abstract ServletContainerHarness newHarness();

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

  URI uri(String path) {
    return base.resolve(path);
  }
}
