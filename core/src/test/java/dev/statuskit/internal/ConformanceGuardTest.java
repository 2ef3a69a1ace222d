package dev.statuskit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.conformance.ResponseView;
import dev.statuskit.conformance.Violation;
import dev.statuskit.spi.ConformanceListener;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ConformanceGuardTest {

  static final String DATE = "Sun, 06 Nov 1994 08:49:37 GMT";

  /** A response being built: its fields change as the guard fixes them. */
  static final class Target implements ConformanceGuard.Target {
    final Map<String, List<String>> fields = new LinkedHashMap<>();
    final @Nullable String allow;

    Target(@Nullable String allow) {
      this.allow = allow;
    }

    @Override
    public @Nullable String allowedMethods() {
      return allow;
    }

    @Override
    public void setHeader(String name, String value) {
      fields.put(name, List.of(value));
    }

    ResponseView view(int status) {
      return ResponseView.of(status, fields, null);
    }
  }

  private final List<String> heard = new ArrayList<>();
  private final ConformanceListener recording = (route, status, v) -> heard.add(route + " " + status + " " + v.key());
  private final ConformanceGuard guard = new ConformanceGuard(List.of(recording), false,
      Clock.fixed(Instant.parse("1994-11-06T08:49:37.900Z"), ZoneOffset.UTC));

  @Test
  void methodNotAllowedGetsAllowAndDateAndNothingIsReported() {
    Target t = new Target("GET, HEAD, OPTIONS");
    assertThat(guard.guard("DELETE /orders", t.view(405), t)).isEmpty();
    assertThat(t.fields).containsEntry("Allow", List.of("GET, HEAD, OPTIONS")).containsEntry("Date", List.of(DATE));
    assertThat(heard).isEmpty();
  }

  @Test
  void allowThatCannotBeToldIsReportedOncePerRouteStatusAndRule() {
    Target t = new Target(null);
    t.setHeader("Date", DATE);
    for (int i = 0; i < 3; i++) {
      assertThat(guard.guard("DELETE /orders", t.view(405), t)).extracting(Violation::key)
          .containsExactly("field-required:Allow");
    }
    guard.guard("DELETE /items", t.view(405), t);
    assertThat(heard).containsExactly("DELETE /orders 405 field-required:Allow", "DELETE /items 405 field-required:Allow");
    assertThat(t.fields).doesNotContainKey("Allow");
  }

  @Test
  void unauthorizedWithoutChallengeIsReportedNotInvented() {
    Target t = new Target("GET");
    t.setHeader("Date", DATE);
    assertThat(guard.guard("GET /admin", t.view(401), t)).extracting(Violation::toString)
        .containsExactly("MUST: 401 Unauthorized without WWW-Authenticate (RFC 9110 §15.5.2)");
    assertThat(t.fields).containsOnlyKeys("Date");
    assertThat(heard).containsExactly("GET /admin 401 field-required:WWW-Authenticate");
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheOthers() {
    ConformanceGuard g = ConformanceGuard.of(List.of((r, s, v) -> {
      throw new IllegalStateException("boom");
    }, recording));
    Target t = new Target(null);
    assertThat(g.guard("GET /", t.view(401), t)).hasSize(1);
    assertThat(heard).containsExactly("GET / 401 field-required:WWW-Authenticate");
    assertThat(t.fields).containsKey("Date");
  }

  @Test
  void reportsStopAtTheBound() {
    Target t = new Target(null);
    t.setHeader("Date", DATE);
    // Ten thousand warnings are not worth reading: the listener counts them.
    java.util.logging.Logger quiet = java.util.logging.Logger.getLogger(ConformanceGuard.LOGGER);
    java.util.logging.Level was = quiet.getLevel();
    quiet.setLevel(java.util.logging.Level.OFF);
    try {
      for (int i = 0; i < ConformanceGuard.MAX_REPORTS + 5; i++) {
        guard.guard("GET /p" + i, t.view(401), t);
      }
    } finally {
      quiet.setLevel(was);
    }
    assertThat(heard).hasSize(ConformanceGuard.MAX_REPORTS);
  }

  @Test
  void aConformantResponseIsLeftAlone() {
    Target t = new Target(null);
    t.setHeader("Date", DATE);
    assertThat(guard.guard("GET /", t.view(200), t)).isEmpty();
    assertThat(t.fields).containsOnlyKeys("Date");
  }

  @Test
  void loadFindsNoListenersWithoutServiceFilesAndRoutesReadAsMethodAndPath() {
    Target t = new Target(null);
    assertThat(ConformanceGuard.load(null).guard("GET /", t.view(401), t)).hasSize(1);
    assertThat(ConformanceGuard.load(getClass().getClassLoader())).isNotNull();
    assertThat(ConformanceGuard.route("GET", "/orders/{id}")).isEqualTo("GET /orders/{id}");
    assertThat(ConformanceGuard.route("GET", "")).isEqualTo("GET /");
    assertThat(ConformanceGuard.route("GET", null)).isEqualTo("GET /");
  }
}
