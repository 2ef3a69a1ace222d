package dev.statuskit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.spi.ProblemEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SLF4J 2 with Log4j 2 (log4j-slf4j2-impl): the record's fields arrive as the event's context data. */
class Log4j2RecordTest {

  private final List<LogEvent> events = new CopyOnWriteArrayList<>();
  private final AbstractAppender capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
    @Override
    public void append(LogEvent event) {
      events.add(event.toImmutable());
    }
  };
  private LoggerContext context;

  @BeforeEach
  void capture() {
    context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    capture.start();
    config.addAppender(capture);
    LoggerConfig statuskit = new LoggerConfig("dev.statuskit", Level.DEBUG, false);
    statuskit.addAppender(capture, null, null);
    config.addLogger("dev.statuskit", statuskit);
    context.updateLoggers();
  }

  @AfterEach
  void release() {
    context.getConfiguration().removeLogger("dev.statuskit");
    context.updateLoggers();
    capture.stop();
  }

  @Test
  void aServerErrorIsOneErrorEventWithItsFieldsAsContextData() {
    IllegalStateException boom = new IllegalStateException("boom");
    ProblemEvent event = Records.serverError(boom);
    String occurrence = Records.occurrence(event);

    assertThat(events).hasSize(1);
    LogEvent record = events.get(0);
    assertThat(record.getLevel()).isEqualTo(Level.ERROR);
    assertThat(record.getLoggerName()).isEqualTo("dev.statuskit");
    assertThat(record.getMessage().getFormattedMessage()).isEqualTo("500 Internal Server Error for POST /orders/7, type about:blank, trace "
        + Records.TRACE_ID + ", occurrence " + occurrence);
    assertThat(record.getThrown()).isSameAs(boom);
    assertThat(record.getContextData().toMap()).containsExactlyInAnyOrderEntriesOf(Records.serverErrorFields(occurrence));
  }

  @Test
  void aClientErrorIsOneDebugEventWithoutOccurrenceOrTrace() {
    Records.clientError();
    assertThat(events).hasSize(1);
    LogEvent record = events.get(0);
    assertThat(record.getLevel()).isEqualTo(Level.DEBUG);
    assertThat(record.getThrown()).isNull();
    assertThat(record.getContextData().toMap()).containsExactlyInAnyOrderEntriesOf(Records.clientErrorFields());
  }

  /** The fields are the record's only: the thread's context is as it was before and after. */
  @Test
  void theFieldsDoNotStayInTheThreadsContext() {
    Records.serverError(new IllegalStateException("boom"));
    assertThat(org.apache.logging.log4j.ThreadContext.getContext()).isEmpty();
  }
}
