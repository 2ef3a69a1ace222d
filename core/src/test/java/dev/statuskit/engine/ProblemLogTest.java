package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.NotFoundException;
import dev.statuskit.spi.ProblemEvent;
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

  /** The engine writes the one record of each problem it handles. */
  private static final ProblemEngine ENGINE = ProblemEngine.builder().serviceLoader(false).cdi(false).build();

  @Test
  void serverErrorsAreLoggedOnceWithTraceAndOccurrenceId() {
    IllegalStateException boom = new IllegalStateException("boom");
    ProblemEvent r = ENGINE.handle(boom, ProblemEngine.Request.of("GET", "/orders/42"));
    assertThat(records).hasSize(1);
    LogRecord rec = records.get(0);
    assertThat(rec.getLevel()).isEqualTo(Level.SEVERE);
    assertThat(rec.getThrown()).isSameAs(boom);
    assertThat(rec.getMessage()).contains("500 Internal Server Error").contains("GET /orders/42")
        .contains(r.problem().instance().orElseThrow().toString());
  }

  /** A status without an exception is logged with its adapter's note, and no stack trace is made up for it. */
  @Test
  void statusOnlyServerErrorsAreLoggedWithTheirNote() {
    ProblemEvent r = ENGINE.complete(ENGINE.forStatus(dev.statuskit.HttpStatus.SERVICE_UNAVAILABLE,
        dev.statuskit.header.HeaderFields.empty(), "db down", null, "sendError(503, \"db down\")"),
        ProblemEngine.Request.of("GET", "/orders"));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
    assertThat(records.get(0).getThrown()).isNull();
    assertThat(records.get(0).getMessage()).contains("503 Service Unavailable for GET /orders")
        .contains(r.problem().instance().orElseThrow().toString()).contains("sendError(503, \"db down\")");
  }

  /** The record ties the occurrence id to the client's trace. */
  @Test
  void theRecordCarriesTheTraceIdBesideTheOccurrenceId() {
    ProblemEvent r = ENGINE.handle(new IllegalStateException("boom"), ProblemEngine.Request.of("GET", "/orders",
        java.util.Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")));
    assertThat(records).singleElement().extracting(LogRecord::getMessage).asString()
        .isEqualTo("500 Internal Server Error for GET /orders, type about:blank, trace 4bf92f3577b34da6a3ce929d0e0e4736,"
            + " occurrence " + r.problem().instance().orElseThrow());
  }

  /** The fields a structured backend receives: the same values as the text, in a fixed order, typed. */
  @Test
  void theRecordsFieldsAreStatusTypeTraceOccurrenceMethodAndPath() {
    List<Object[]> written = new ArrayList<>();
    ProblemLog.Sink sink = new ProblemLog.Sink() {
      @Override
      public boolean isEnabled(boolean error) {
        return true;
      }

      @Override
      public void write(boolean error, String message, Throwable thrown, java.util.Map<String, Object> fields) {
        written.add(new Object[] {error, message, thrown, new java.util.LinkedHashMap<>(fields)});
      }
    };
    java.net.URI type = java.net.URI.create("https://api.example/problems/out-of-stock");
    IllegalStateException boom = new IllegalStateException("boom");
    ProblemEvent server = ENGINE.handle(boom, ProblemEngine.Request.of("POST", "/orders/7",
        java.util.Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")));
    ProblemEvent client = ENGINE.handle(new NotFoundException("No order 7.").type(type), ProblemEngine.Request.of("GET", "/orders/7\r\n"));
    ProblemLog.log(sink, server, null, "4bf92f3577b34da6a3ce929d0e0e4736");
    ProblemLog.log(sink, client, null, null);
    String occurrence = server.problem().instance().orElseThrow().toString();
    assertThat(written.get(0)[0]).isEqualTo(true);
    assertThat(written.get(0)[2]).isSameAs(boom);
    assertThat(written.get(0)[3]).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsExactly(
        org.assertj.core.api.Assertions.entry(ProblemLog.STATUS, 500),
        org.assertj.core.api.Assertions.entry(ProblemLog.TYPE, "about:blank"),
        org.assertj.core.api.Assertions.entry(ProblemLog.TRACE_ID, "4bf92f3577b34da6a3ce929d0e0e4736"),
        org.assertj.core.api.Assertions.entry(ProblemLog.OCCURRENCE, occurrence),
        org.assertj.core.api.Assertions.entry(ProblemLog.METHOD, "POST"),
        org.assertj.core.api.Assertions.entry(ProblemLog.PATH, "/orders/7"));
    assertThat(written.get(1)[0]).isEqualTo(false);
    assertThat(written.get(1)[1]).isEqualTo("404 Not Found for GET /orders/7??, type " + type
        + ": dev.statuskit.NotFoundException: HTTP 404 Not Found: No order 7.");
    assertThat(written.get(1)[2]).isNull();
    assertThat(written.get(1)[3]).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsExactly(
        org.assertj.core.api.Assertions.entry(ProblemLog.STATUS, 404),
        org.assertj.core.api.Assertions.entry(ProblemLog.TYPE, type.toString()),
        org.assertj.core.api.Assertions.entry(ProblemLog.METHOD, "GET"),
        org.assertj.core.api.Assertions.entry(ProblemLog.PATH, "/orders/7??"));
  }

  /** Core's tests have slf4j-api (a provided dependency) but no provider: SLF4J would discard the record. */
  @Test
  void slf4jWithoutAProviderIsNotUsed() {
    assertThat(ProblemLog.sinkName()).isEqualTo("system-logger");
  }

  @Test
  void clientErrorsAreLoggedAtDebugWithoutTrace() {
    ENGINE.handle(new NotFoundException("No order 42."), ProblemEngine.Request.of("GET", "/orders/42"));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.FINE);
    assertThat(records.get(0).getThrown()).isNull();
    assertThat(records.get(0).getMessage()).contains("404 Not Found").contains("No order 42.");
  }

  @Test
  void requestDescriptionsCannotForgeLogLines() {
    ENGINE.handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/x\r\nERROR forged"));
    assertThat(records.get(0).getMessage()).doesNotContain("\n").doesNotContain("\r").contains("GET /x??ERROR forged");
  }

  /** Regression: a 10 000-deep cause chain overflowed printStackTrace in the log handler, escaping the adapters. */
  @Test
  void veryDeepCauseChainsAreLoggedCut() {
    RuntimeException deep = new IllegalStateException("bottom");
    for (int i = 0; i < 10_000; i++) {
      deep = new RuntimeException("level " + i, deep);
    }
    ENGINE.handle(deep, ProblemEngine.Request.of("GET", "/deep"));
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
    ENGINE.handle(b, ProblemEngine.Request.of("GET", "/cycle"));
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
    ENGINE.handle(top, ProblemEngine.Request.of("GET", "/suppressed"));
    Throwable logged = records.get(0).getThrown();
    assertThat(logged).isNotSameAs(top);
    assertThat(logged.toString()).isEqualTo(top.toString());
    assertThat(logged.getCause()).isNull();
  }
}
