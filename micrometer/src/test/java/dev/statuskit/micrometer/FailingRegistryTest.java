package dev.statuskit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.statuskit.NotFoundException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailingRegistryTest {

  /** A registry whose every new counter fails to register. */
  static final class RefusingRegistry extends SimpleMeterRegistry {
    @Override
    protected Counter newCounter(Meter.Id id) {
      throw new IllegalStateException("registry closed");
    }
  }

  /** A registry whose counters fail on every increment. */
  static final class BrokenCounterRegistry extends SimpleMeterRegistry {
    @Override
    protected Counter newCounter(Meter.Id id) {
      return new Counter() {
        @Override
        public void increment(double amount) {
          throw new UnsupportedOperationException("backend down");
        }

        @Override
        public double count() {
          return 0;
        }

        @Override
        public Meter.Id getId() {
          return id;
        }
      };
    }
  }

  private final Logger logger = Logger.getLogger("dev.statuskit");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      if (r.getMessage() != null && r.getMessage().contains(ProblemCounter.METER_NAME)) {
        records.add(r);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureLog() {
    logger.addHandler(handler);
  }

  @AfterEach
  void releaseLog() {
    logger.removeHandler(handler);
  }

  @Test
  void aRegistryThatRefusesCountersNeverBreaksHandle() {
    ProblemEngine engine = CounterEngines.engine(new ProblemCounter(new RefusingRegistry()));

    ProblemEvent first = engine.handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/a"));
    ProblemEvent second = engine.handle(new IllegalStateException(), ProblemEngine.Request.of("GET", "/b"));

    assertThat(first.status().code()).isEqualTo(404);
    assertThat(second.status().code()).isEqualTo(500);
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.WARNING);
      assertThat(r.getThrown()).hasMessage("registry closed");
    });
  }

  @Test
  void aCounterThatThrowsIsCaughtByTheListenerItself() {
    ProblemCounter counter = new ProblemCounter(new BrokenCounterRegistry());
    ProblemEvent event = CounterEngines.engine(new ProblemCounter(new SimpleMeterRegistry()))
        .handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/"));

    assertThatCode(() -> {
      counter.onProblem(event);
      counter.onProblem(event);
    }).doesNotThrowAnyException();
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.WARNING);
      assertThat(r.getThrown()).isInstanceOf(UnsupportedOperationException.class);
    });
  }

  @Test
  void aCounterThatThrowsNeverBreaksHandle() {
    ProblemEngine engine = CounterEngines.engine(new ProblemCounter(new BrokenCounterRegistry()));

    assertThat(engine.handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/")).status().code()).isEqualTo(404);
  }
}
