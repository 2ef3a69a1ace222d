package dev.statuskit;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records StatusKit's logger ({@code dev.statuskit}, through {@code java.util.logging}) publishes. */
public final class LogRecords {

  /** Code under test that may throw. */
  @FunctionalInterface
  public interface Action {
    /**
     * Runs it.
     *
     * @throws Exception whatever it throws
     */
    void run() throws Exception;
  }

  private LogRecords() {}

  /**
   * The records of at least {@code level} published while {@code action} runs, each as its level and message.
   *
   * @param level the lowest level kept
   * @param action what to run
   * @return for example {@code "WARNING StatusKit skipped ..."}, in order
   * @throws Exception what the action throws
   */
  public static List<String> during(Level level, Action action) throws Exception {
    Logger log = Logger.getLogger("dev.statuskit");
    List<String> records = new ArrayList<>();
    Handler h = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= level.intValue()) {
          records.add(r.getLevel() + " " + r.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level before = log.getLevel();
    log.setLevel(Level.ALL); // DEBUG records are made only when the logger would publish them
    log.addHandler(h);
    try {
      action.run();
    } finally {
      log.removeHandler(h);
      log.setLevel(before);
    }
    return records;
  }
}
