package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draft's header fields: what waits to be set reads as set, and comes out in the order it was set. */
class DraftTest {

  private static final HeaderFields RETRY_AFTER = HeaderFields.builder().add("Retry-After", "60").build();
  private static final HeaderFields NO_STORE = HeaderFields.builder().add("Cache-Control", "no-store").build();
  private static final HeaderFields VARY_AND_TYPE = HeaderFields.builder().add("Vary", "Accept")
      .add("Content-Type", "application/problem+json").build();

  private static Draft draft(HeaderFields headers) {
    return new Draft(new ProblemEngine.Classification(HttpStatus.TOO_MANY_REQUESTS, headers, Problem.of(429),
        ProblemEvent.Origin.HTTP_EXCEPTION, null, null, null), ProblemEngine.Request.of("GET", "/"));
  }

  @Test
  void fieldsThatWaitReadAsSetAndComeOutInOrder() {
    Draft d = draft(RETRY_AFTER);
    d.set(NO_STORE);
    assertThat(d.contains("cache-control")).isTrue();
    assertThat(d.contains("Retry-After")).isTrue();
    assertThat(d.contains("Vary")).isFalse();
    assertThat(d.all("Cache-Control")).containsExactly("no-store");
    assertThat(d.all("Retry-After")).containsExactly("60");
    assertThat(d.all("Vary")).isEmpty();
    d.set(VARY_AND_TYPE);
    assertThat(d.all("Vary")).containsExactly("Accept");
    assertThat(d.headers().names()).containsExactly("Retry-After", "Cache-Control", "Vary", "Content-Type");
    assertThat(d.headers()).isEqualTo(RETRY_AFTER.with(NO_STORE).with(VARY_AND_TYPE));
    assertThat(d.event().headers()).isEqualTo(d.headers());
  }

  @Test
  void aFieldThatWaitsReplacesTheOneSetBeforeWhereItStands() {
    Draft d = draft(HeaderFields.builder().add("Cache-Control", "private").add("Retry-After", "60").build());
    d.set(NO_STORE);
    assertThat(d.all("Cache-Control")).containsExactly("no-store");
    assertThat(d.headers().asMap()).containsExactly(java.util.Map.entry("Cache-Control", List.of("no-store")),
        java.util.Map.entry("Retry-After", List.of("60")));
  }

  @Test
  void readingTheFieldsSetsWhatWaitsAndReplacingThemDropsIt() {
    Draft d = draft(HeaderFields.empty());
    d.set(NO_STORE);
    assertThat(d.headers()).isSameAs(NO_STORE);
    d.set(VARY_AND_TYPE);
    d.headers(RETRY_AFTER);
    assertThat(d.headers()).isSameAs(RETRY_AFTER);
    assertThat(d.contains("Vary")).isFalse();
    assertThat(d.event().headers()).isSameAs(RETRY_AFTER);
  }
}
