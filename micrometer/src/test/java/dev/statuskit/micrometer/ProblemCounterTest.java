package dev.statuskit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpStatus;
import dev.statuskit.NotFoundException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemCounterTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();


  private ProblemEngine engine() {
    return CounterEngines.engine(new ProblemCounter(registry));
  }

  private static Map<String, String> tags(Meter meter) {
    return meter.getId().getTags().stream().collect(Collectors.toMap(Tag::getKey, Tag::getValue));
  }

  /** The registry holds one problem counter: with exactly these tags, at this count. */
  private void assertTheOneCounter(String status, String type, String exception, double count) {
    List<Counter> counters = counters(registry);
    assertThat(counters).hasSize(1);
    assertThat(tags(counters.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "status", status,
        "type", type,
        "exception", exception));
    assertThat(counters.get(0).count()).isEqualTo(count);
  }

  private List<Counter> counters(SimpleMeterRegistry r) {
    return List.copyOf(r.find(ProblemCounter.METER_NAME).counters());
  }

  @Test
  void countsA404WithItsStatusTypeAndExceptionClass() {
    ProblemEngine engine = engine();
    ProblemEvent event = engine.handle(new NotFoundException("No order 42."), ProblemEngine.Request.of("GET", "/orders/42"));
    engine.handle(new NotFoundException("No order 43."), ProblemEngine.Request.of("GET", "/orders/43"));

    assertTheOneCounter("404", event.problem().type().toString(), "dev.statuskit.NotFoundException", 2.0);
  }

  @Test
  void theCounterHasItsDescriptionAndBaseUnit() {
    engine().handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/"));

    Meter.Id id = counters(registry).get(0).getId();
    assertThat(id.getBaseUnit()).isEqualTo("problems");
    assertThat(id.getDescription()).isNotBlank();
  }

  @Test
  void countsA429UnderItsCustomProblemType() {
    engine().handle(new TooManyRequestsException().type(URI.create("https://example.test/problems/quota")),
        ProblemEngine.Request.of("GET", "/search"));

    assertTheOneCounter("429", "https://example.test/problems/quota", "dev.statuskit.TooManyRequestsException", 1.0);
  }

  @Test
  void countsAnUnexpected500UnderTheClassOfWhatWasThrown() {
    ProblemEvent event = engine().handle(new IllegalStateException("pool exhausted"), ProblemEngine.Request.of("GET", "/orders"));

    assertThat(event.status().code()).isEqualTo(500);
    assertTheOneCounter("500", event.problem().type().toString(), "java.lang.IllegalStateException", 1.0);
  }

  @Test
  void countsAStatusWithoutAnExceptionUnderNone() {
    ProblemEngine engine = engine();
    ProblemEngine.Request request = ProblemEngine.Request.of("GET", "/upstream");
    ProblemEvent event = engine.complete(
        engine.forStatus(HttpStatus.BAD_GATEWAY, HeaderFields.empty(), null, null, null), request);

    assertThat(event.exception()).isEmpty();
    assertTheOneCounter("502", event.problem().type().toString(), "none", 1.0);
  }

  @Test
  void neitherPathNorMethodNorInstanceNorDetailBecomesATag() {
    engine().handle(new NotFoundException("No order 42.").instance(URI.create("urn:uuid:42")),
        ProblemEngine.Request.of("DELETE", "/orders/42"));

    assertThat(tags(counters(registry).get(0))).containsOnlyKeys("status", "type", "exception")
        .doesNotContainValue("/orders/42").doesNotContainValue("DELETE").doesNotContainValue("urn:uuid:42");
  }

  @Test
  void tenThousandDistinctPathsAndInstancesMakeOneMeterPerStatusTypeAndException() {
    ProblemEngine engine = engine();
    for (int i = 0; i < 10_000; i++) {
      ProblemEngine.Request request = ProblemEngine.Request.of("GET", "/orders/" + i);
      switch (i % 4) {
        case 0 -> engine.handle(new NotFoundException("No order " + i + ".")
            .instance(URI.create("https://example.test/occurrences/" + i)), request);
        case 1 -> engine.handle(new TooManyRequestsException().type(URI.create("https://example.test/problems/quota"))
            .instance(URI.create("urn:uuid:" + i)), request);
        case 2 -> engine.handle(new IllegalStateException("failure " + i), request);
        default -> engine.complete(
            engine.forStatus(HttpStatus.BAD_GATEWAY, HeaderFields.empty(), "upstream " + i, null, null), request);
      }
    }

    List<Counter> counters = counters(registry);
    assertThat(registry.getMeters()).hasSize(4);
    assertThat(counters).extracting(c -> c.getId().getTag("status"))
        .containsExactlyInAnyOrder("404", "429", "500", "502");
    assertThat(counters).allSatisfy(c -> assertThat(c.count()).isEqualTo(2_500.0));
  }

  @Test
  void countsOnTheGlobalRegistryWhenNoneIsGivenAndNoCdiContainerRuns() {
    SimpleMeterRegistry global = CounterEngines.countNotFoundOnTheGlobalRegistry();

    assertThat(global.get(ProblemCounter.METER_NAME).tags("status", "404").counter().count()).isEqualTo(1.0);
  }

  @Test
  void theServiceLoaderFindsTheCounter() {
    SimpleMeterRegistry global = new SimpleMeterRegistry();
    Metrics.addRegistry(global);
    try {
      ProblemEngine engine = ProblemEngine.builder().cdi(false)
          .classLoader(ProblemCounterTest.class.getClassLoader()).build();
      engine.handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/"));

      assertThat(global.get(ProblemCounter.METER_NAME).tags("status", "429").counter().count()).isEqualTo(1.0);
    } finally {
      Metrics.removeRegistry(global);
    }
  }
}
