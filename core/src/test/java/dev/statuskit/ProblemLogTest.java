package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProblemLogTest {

  private final List<LogRecord> records = new ArrayList<>();
  private final Logger logger = Logger.getLogger("dev.statuskit");
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      records.add(r);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previous;

  @BeforeEach
  void capture() {
    previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  @AfterEach
  void release() {
    logger.removeHandler(handler);
    logger.setLevel(previous);
  }

  @Test
  void serverErrorsAreLoggedOnceWithTraceAndOccurrenceId() {
    IllegalStateException boom = new IllegalStateException("boom");
    Resolution r = ProblemResolver.defaults().resolve(boom);
    ProblemLog.log(r, "GET /orders/42");
    assertThat(records).hasSize(1);
    LogRecord rec = records.get(0);
    assertThat(rec.getLevel()).isEqualTo(Level.SEVERE);
    assertThat(rec.getThrown()).isSameAs(boom);
    assertThat(rec.getMessage()).contains("500 Internal Server Error").contains("GET /orders/42")
        .contains(r.problem().instance().orElseThrow().toString());
  }

  @Test
  void clientErrorsAreLoggedAtDebugWithoutTrace() {
    ProblemLog.log(ProblemResolver.defaults().resolve(new NotFoundException("No order 42.")), "GET /orders/42");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.FINE);
    assertThat(records.get(0).getThrown()).isNull();
    assertThat(records.get(0).getMessage()).contains("404 Not Found").contains("No order 42.");
  }

  @Test
  void requestDescriptionsCannotForgeLogLines() {
    ProblemLog.log(ProblemResolver.defaults().resolve(new NotFoundException()), "GET /x\r\nERROR forged");
    assertThat(records.get(0).getMessage()).doesNotContain("\n").doesNotContain("\r").contains("GET /x??ERROR forged");
  }

  /** Regression: a 10 000-deep cause chain overflowed printStackTrace in the log handler, escaping the adapters. */
  @Test
  void veryDeepCauseChainsAreLoggedCut() {
    RuntimeException deep = new IllegalStateException("bottom");
    for (int i = 0; i < 10_000; i++) {
      deep = new RuntimeException("level " + i, deep);
    }
    ProblemLog.log(ProblemResolver.defaults().resolve(deep), "GET /deep");
    Throwable logged = records.get(0).getThrown();
    assertThat(logged.toString()).isEqualTo(deep.toString());
    assertThat(logged.getStackTrace()).isEqualTo(deep.getStackTrace());
    java.io.StringWriter text = new java.io.StringWriter();
    logged.printStackTrace(new java.io.PrintWriter(text));
    assertThat(text.toString()).contains("level 9999", "level 9936", "... 9937 more causes not logged")
        .doesNotContain("level 9935");
  }

  @Test
  void cyclicAndShallowChainsAreLoggedAsTheyAre() {
    IllegalStateException a = new IllegalStateException("a");
    IllegalStateException b = new IllegalStateException("b", a);
    a.initCause(b);
    b.addSuppressed(a);
    ProblemLog.log(ProblemResolver.defaults().resolve(b), "GET /cycle");
    assertThat(records.get(0).getThrown()).isSameAs(b);
  }

  @Test
  void deeplyNestedSuppressedExceptionsAreLoggedCut() {
    RuntimeException top = new RuntimeException("top");
    RuntimeException at = top;
    for (int i = 0; i < 100; i++) {
      RuntimeException s = new RuntimeException("suppressed " + i);
      at.addSuppressed(s);
      at = s;
    }
    ProblemLog.log(ProblemResolver.defaults().resolve(top), "GET /suppressed");
    Throwable logged = records.get(0).getThrown();
    assertThat(logged).isNotSameAs(top);
    assertThat(logged.toString()).isEqualTo(top.toString());
    assertThat(logged.getCause()).isNull();
  }
}
