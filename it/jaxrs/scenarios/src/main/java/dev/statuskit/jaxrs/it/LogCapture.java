package dev.statuskit.jaxrs.it;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects java.util.logging records: System.Logger (StatusKit's ProblemLog) and the runtimes'
 * logging (Jersey, Tomcat, CXF; RESTEasy through JBoss Logging) all end up there in these tests.
 */
public final class LogCapture extends Handler {

  private final List<LogRecord> records = new ArrayList<>();
  private final Logger statuskit = Logger.getLogger("dev.statuskit");
  private final Level before;

  private LogCapture() {
    before = statuskit.getLevel();
    statuskit.setLevel(Level.ALL);
    setLevel(Level.ALL);
    Logger.getLogger("").addHandler(this);
  }

  public static LogCapture start() {
    return new LogCapture();
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  public synchronized List<LogRecord> records() {
    return new ArrayList<>(records);
  }

  /** Records of the StatusKit logger. */
  public synchronized List<LogRecord> statuskit() {
    return records.stream().filter(r -> "dev.statuskit".equals(r.getLoggerName())).toList();
  }

  public synchronized void clear() {
    records.clear();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
    statuskit.setLevel(before);
  }
}
