package dev.statuskit.examples;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One embedded book store per test JVM (Weld SE allows one {@code CDI.current()} container), on
 * 127.0.0.1 and a free port, with StatusKit's log records captured.
 */
final class TestServer {

  private static final Logger STATUSKIT = Logger.getLogger("dev.statuskit");
  private static final List<LogRecord> RECORDS = new CopyOnWriteArrayList<>();
  private static BookStoreServer server;

  private TestServer() {}

  static synchronized URI uri() {
    if (server == null) {
      STATUSKIT.addHandler(new Handler() {
        @Override
        public void publish(LogRecord record) {
          RECORDS.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      });
      server = BookStoreServer.start(0);
      BookStoreServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return server.uri();
  }

  static List<LogRecord> records() {
    return List.copyOf(RECORDS);
  }
}
