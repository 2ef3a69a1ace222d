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
}
