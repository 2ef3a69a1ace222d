package dev.statuskit.engine;

import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The problem log record through SLF4J 2's fluent API, with its fields as key-value pairs: Logback's
 * {@code JsonEncoder} and logstash-logback-encoder write them as JSON fields, Log4j 2's SLF4J binding
 * puts them in the record's context data. Loaded only after {@link ProblemLog} found SLF4J 2's API.
 *
 * <p>Used only when SLF4J has a provider (a {@code SLF4JServiceProvider} on the class path, or one
 * named by the {@code slf4j.provider} system property): some runtimes bring {@code slf4j-api}
 * alone, and SLF4J without a provider discards every record.
 */
final class Slf4jLog implements ProblemLog.Sink {

  private final Logger logger = LoggerFactory.getLogger(ProblemLog.NAME);

  private Slf4jLog() {}

  /** The sink, or {@code null} when SLF4J has no provider. */
  static @Nullable Slf4jLog ifProvided() {
    return hasProvider() ? new Slf4jLog() : null;
  }

  private static boolean hasProvider() {
    String named = System.getProperty("slf4j.provider");
    if (named != null && !named.isBlank()) {
      return true;
    }
    try {
      // SLF4J looks its provider up the same way, with the class loader of its API.
      ClassLoader loader = LoggerFactory.class.getClassLoader();
      // Not a "uses" clause: that would make org.slf4j required when core is a named module.
      Slf4jLog.class.getModule().addUses(SLF4JServiceProvider.class);
      return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent();
    } catch (ServiceConfigurationError e) {
      return false;
    }
  }

  @Override
  public boolean isEnabled(boolean error) {
    return error ? logger.isErrorEnabled() : logger.isDebugEnabled();
  }

  @Override
  public void write(boolean error, String message, @Nullable Throwable thrown, Map<String, Object> fields) {
    LoggingEventBuilder record = error ? logger.atError() : logger.atDebug();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      record = record.addKeyValue(field.getKey(), field.getValue());
    }
    if (thrown != null) {
      record = record.setCause(thrown);
    }
    record.log(message);
  }
}
