package dev.statuskit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects java.util.logging records for a test. StatusKit's {@code System.Logger} lands in
 * java.util.logging when no other {@code LoggerFinder} is present, and so does the runtimes' own
 * logging (Jersey, Tomcat, Jetty, CXF; RESTEasy and Undertow through JBoss Logging): the capture
 * listens on the root logger and opens StatusKit's loggers to every level while it is started.
 *
 * <pre>{@code
 * log = LogCapture.start();   // @BeforeAll or @BeforeEach
 * ...
 * assertThat(log.errors()).singleElement()...;
 * log.close();                // restores the level
 * }</pre>
 */
public final class LogCapture extends Handler {

  /** StatusKit's problem log: one record per error, its level by status class. */
  public static final String PROBLEM_LOG = "dev.statuskit";

  /** The conformance guard's log: one record per finding of a route. */
  public static final String GUARD_LOG = "dev.statuskit.conformance";

  private final List<LogRecord> records = new ArrayList<>();
  private final Logger statuskit = Logger.getLogger(PROBLEM_LOG);
  private final Level before;

  private LogCapture() {
    before = statuskit.getLevel();
    statuskit.setLevel(Level.ALL);
    setLevel(Level.ALL);
    Logger.getLogger("").addHandler(this);
  }

  /**
   * Starts capturing.
   *
   * @return the capture; {@link #close()} it after the test
   */
  public static LogCapture start() {
    return new LogCapture();
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  /**
   * Every record since the start or the last {@link #clear()}, the runtimes' included.
   *
   * @return a copy, in order
   */
  public synchronized List<LogRecord> records() {
    return List.copyOf(records);
  }

  /**
   * The records of one logger.
   *
   * @param name the logger's exact name
   * @return a copy, in order
   */
  public synchronized List<LogRecord> logger(String name) {
    return records.stream().filter(r -> name.equals(r.getLoggerName())).toList();
  }

  /**
   * The records of StatusKit's problem log ({@value #PROBLEM_LOG} itself, not its children).
   *
   * @return a copy, in order
   */
  public List<LogRecord> statuskit() {
    return logger(PROBLEM_LOG);
  }

  /**
   * The records of the conformance guard's log ({@value #GUARD_LOG}).
   *
   * @return a copy, in order
   */
  public List<LogRecord> guard() {
    return logger(GUARD_LOG);
  }

  /**
   * The conformance guard logged exactly one record: at the level, and reading
   * {@code StatusKit conformance guard: <request> answered <finding>}.
   *
   * @param level its level
   * @param request the method and the route
   * @param finding what the guard found and did
   */
  public void assertOneGuardRecord(Level level, String request, String finding) {
    assertThat(guard()).singleElement().satisfies(rec -> {
      assertThat(rec.getLevel()).isEqualTo(level);
      assertThat(rec.getMessage()).isEqualTo("StatusKit conformance guard: " + request + " answered " + finding);
    });
  }

  /**
   * The records of every StatusKit logger: the problem log and the loggers below it.
   *
   * @return a copy, in order
   */
  public synchronized List<LogRecord> ours() {
    return records.stream().filter(r -> isOurs(r.getLoggerName())).toList();
  }

  /**
   * The records of every StatusKit logger at {@code SEVERE} ({@code System.Logger} ERROR).
   *
   * @return a copy, in order
   */
  public List<LogRecord> errors() {
    return ours().stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
  }

  /**
   * The records of every StatusKit logger at {@code WARNING}.
   *
   * @return a copy, in order
   */
  public List<LogRecord> warnings() {
    return ours().stream().filter(r -> r.getLevel() == Level.WARNING).toList();
  }

  /** Forgets what was captured so far. */
  public synchronized void clear() {
    records.clear();
  }

  private static boolean isOurs(String name) {
    return name != null && (name.equals(PROBLEM_LOG) || name.startsWith(PROBLEM_LOG + "."));
  }

  @Override
  public void flush() {
    // Nothing buffered.
  }

  /** Stops capturing and restores the problem log's level. */
  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
    statuskit.setLevel(before);
  }
}
