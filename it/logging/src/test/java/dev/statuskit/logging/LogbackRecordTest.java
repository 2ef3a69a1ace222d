package dev.statuskit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.spi.ProblemEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** SLF4J 2 with Logback: the record's fields are key-value pairs, and Logback's JSON encoder writes them as fields. */
class LogbackRecordTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger("dev.statuskit");
  private final ListAppender<ILoggingEvent> list = new ListAppender<>();
  private final ByteArrayOutputStream json = new ByteArrayOutputStream();
  private final OutputStreamAppender<ILoggingEvent> jsonAppender = new OutputStreamAppender<>();

  @BeforeEach
  void capture() {
    LoggerContext context = logger.getLoggerContext();
    list.setContext(context);
    list.start();
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.start();
    jsonAppender.setContext(context);
    jsonAppender.setEncoder(encoder);
    jsonAppender.setOutputStream(json);
    jsonAppender.start();
    logger.addAppender(list);
    logger.addAppender(jsonAppender);
    logger.setAdditive(false);
    logger.setLevel(Level.DEBUG);
  }

  @AfterEach
  void release() {
    logger.detachAndStopAllAppenders();
  }

  @Test
  void aServerErrorIsOneErrorRecordWithItsFieldsAndException() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    ProblemEvent event = Records.serverError(boom);
    String occurrence = Records.occurrence(event);

    assertThat(list.list).hasSize(1);
    ILoggingEvent record = list.list.get(0);
    assertThat(record.getLevel()).isEqualTo(Level.ERROR);
    assertThat(record.getLoggerName()).isEqualTo("dev.statuskit");
    assertThat(record.getFormattedMessage()).isEqualTo("500 Internal Server Error for POST /orders/7, type about:blank, trace "
        + Records.TRACE_ID + ", occurrence " + occurrence);
    assertThat(record.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
    assertThat(record.getThrowableProxy().getMessage()).isEqualTo("boom");
    // The status code stays a number in the pairs.
    assertThat(pairs(record)).containsExactlyEntriesOf(withStatusCode(Records.serverErrorFields(occurrence), 500));

    JsonNode line = new ObjectMapper().readTree(json.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.contains("\"ERROR\"")).findFirst().orElseThrow());
    Map<String, String> fields = new LinkedHashMap<>();
    line.get("kvpList").forEach(kv -> kv.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText())));
    assertThat(fields).containsExactlyEntriesOf(Records.serverErrorFields(occurrence));
    assertThat(line.get("throwable").get("className").asText()).isEqualTo(IllegalStateException.class.getName());
  }

  @Test
  void aClientErrorIsOneDebugRecordWithoutOccurrenceOrTrace() {
    Records.clientError();
    assertThat(list.list).hasSize(1);
    ILoggingEvent record = list.list.get(0);
    assertThat(record.getLevel()).isEqualTo(Level.DEBUG);
    assertThat(record.getThrowableProxy()).isNull();
    assertThat(record.getFormattedMessage()).isEqualTo("404 Not Found for GET /orders/7, type " + Records.OUT_OF_STOCK
        + ": dev.statuskit.NotFoundException: HTTP 404 Not Found: No order 7.");
    assertThat(pairs(record)).containsExactlyEntriesOf(withStatusCode(Records.clientErrorFields(), 404));
  }

  @Test
  void aLevelAboveDebugDropsClientErrorsAndKeepsServerErrors() {
    logger.setLevel(Level.INFO);
    Records.clientError();
    assertThat(list.list).isEmpty();
    Records.serverError(new IllegalStateException("boom"));
    assertThat(list.list).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.ERROR);
  }

  private static Map<String, Object> withStatusCode(Map<String, String> fields, int status) {
    Map<String, Object> typed = new LinkedHashMap<>(fields);
    typed.put("http.response.status_code", status);
    return typed;
  }

  private static Map<String, Object> pairs(ILoggingEvent record) {
    Map<String, Object> pairs = new LinkedHashMap<>();
    for (KeyValuePair kv : record.getKeyValuePairs()) {
      pairs.put(kv.key, kv.value);
    }
    return pairs;
  }
}
