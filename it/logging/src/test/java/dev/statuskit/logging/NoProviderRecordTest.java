package dev.statuskit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.spi.ProblemEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * slf4j-api without a provider (as some runtimes bring it): SLF4J would discard every record, so
 * the record goes through System.Logger, here java.util.logging, and SLF4J is never started (it
 * would print its "no providers" warning).
 */
class NoProviderRecordTest {

  @Test
  void theRecordGoesToJavaUtilLoggingAndSlf4jStaysSilent() {
    List<LogRecord> records = new ArrayList<>();
    Logger logger = Logger.getLogger("dev.statuskit");
    // A filter sees every record the logger logs, before its handlers do.
    logger.setFilter(records::add);
    PrintStream err = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      IllegalStateException boom = new IllegalStateException("boom");
      ProblemEvent event = Records.serverError(boom);
      assertThat(records).hasSize(1);
      assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
      assertThat(records.get(0).getThrown()).isSameAs(boom);
      assertThat(records.get(0).getMessage()).isEqualTo("500 Internal Server Error for POST /orders/7, type about:blank, trace "
          + Records.TRACE_ID + ", occurrence " + Records.occurrence(event));
    } finally {
      System.setErr(err);
      logger.setFilter(null);
    }
    assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("SLF4J");
  }
}
