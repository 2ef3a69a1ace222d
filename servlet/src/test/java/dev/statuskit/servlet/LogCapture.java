package dev.statuskit.servlet;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what StatusKit logs: its {@code System.Logger} named {@code dev.statuskit} lands in
 * java.util.logging, as no other {@code LoggerFinder} is on the test classpath.
 */
final class LogCapture extends Handler {

  private static final Logger LOGGER = Logger.getLogger("dev.statuskit");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  static LogCapture install() {
    LogCapture capture = new LogCapture();
    LOGGER.setLevel(Level.ALL);
    LOGGER.addHandler(capture);
    return capture;
  }

  void uninstall() {
    LOGGER.removeHandler(this);
  }

  void clear() {
    records.clear();
  }

  /** Records at SEVERE (System.Logger ERROR). */
  List<LogRecord> errors() {
    return records.stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
  }

  List<LogRecord> all() {
    return List.copyOf(records);
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {
    // Nothing buffered.
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
