package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.GoneException;
import dev.statuskit.HttpStatus;
import dev.statuskit.PermanentRedirectException;
import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.spi.ProblemEvent;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeprecationTest {

  private static final Instant DEPRECATED = Instant.parse("2026-06-30T23:59:59.700Z");
  private static final Instant SUNSET = Instant.parse("2026-12-31T23:59:59Z");
  private static final URI NOTICE = URI.create("https://api.example/deprecations/v1");

  @Test
  void writesTheFieldsOfRfc9745AndRfc8594() {
    Deprecation d = Deprecation.at(DEPRECATED).sunset(SUNSET).notice(NOTICE)
        .sunsetNotice(URI.create("https://api.example/sunset/v1"));
    assertThat(d.value()).isEqualTo("@1782863999");
    assertThat(d.date()).isEqualTo(Instant.parse("2026-06-30T23:59:59Z"));
    assertThat(d.sunset()).hasValue(SUNSET);
    assertThat(d.headerFields().asMap()).containsExactly(
        Map.entry("Deprecation", List.of("@1782863999")),
        Map.entry("Sunset", List.of("Thu, 31 Dec 2026 23:59:59 GMT")),
        Map.entry("Link", List.of("<https://api.example/deprecations/v1>; rel=\"deprecation\"; type=\"text/html\"",
            "<https://api.example/sunset/v1>; rel=\"sunset\"")));
    assertThat(Deprecation.at(DEPRECATED).headerFields().names()).containsExactly("Deprecation");
    assertThat(d).isEqualTo(Deprecation.at(DEPRECATED).sunset(SUNSET).notice(NOTICE)
        .sunsetNotice(URI.create("https://api.example/sunset/v1"))).hasSameHashCodeAs(d);
    assertThat(d.toString()).startsWith("Deprecation: @1782863999\n");
  }

  @Test
  void invalidValuesAreRefusedNamingTheRule() {
    assertThatIllegalArgumentException().isThrownBy(() -> Deprecation.at(SUNSET).sunset(DEPRECATED))
        .withMessageContaining("2026-06-30T23:59:59Z").withMessageContaining("RFC 9745 §4");
    assertThatIllegalArgumentException().isThrownBy(() -> Deprecation.at(Instant.ofEpochSecond(1_000_000_000_000_000L)))
        .withMessageContaining("RFC 9651 §3.3.1");
    assertThatIllegalArgumentException().isThrownBy(() -> Deprecation.at(DEPRECATED).sunset(Instant.parse("+10000-01-01T00:00:00Z")))
        .withMessageContaining("4DIGIT");
  }

  @Test
  void parsesTheDateAClientReceives() {
    assertThat(Deprecation.parse("@1688169599").date()).isEqualTo(Instant.parse("2023-06-30T23:59:59Z"));
    assertThatIllegalArgumentException().isThrownBy(() -> Deprecation.parse("1688169599"))
        .withMessageContaining("RFC 9745 §2.1");
    assertThatIllegalArgumentException().isThrownBy(() -> Deprecation.parse("@x"));
  }

  @Test
  void goneAndPermanentRedirectCarryTheFields() {
    Deprecation d = Deprecation.at(DEPRECATED).sunset(SUNSET).notice(NOTICE);
    ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).cdi(false).build();
    ProblemEvent gone = engine.handle(new GoneException("Version 1 is retired.").deprecation(d),
        ProblemEngine.Request.of("GET", "/v1/books"));
    assertThat(gone.status()).isEqualTo(HttpStatus.GONE);
    assertThat(gone.headers().all("Deprecation")).containsExactly("@1782863999");
    assertThat(gone.headers().all("Sunset")).containsExactly("Thu, 31 Dec 2026 23:59:59 GMT");
    assertThat(gone.headers().all("Link")).containsExactly("<https://api.example/deprecations/v1>; rel=\"deprecation\"; type=\"text/html\"");
    assertThat(gone.headers().all("Content-Type")).containsExactly("application/problem+json");

    ProblemEvent moved = engine.handle(new PermanentRedirectException(URI.create("/v2/books")).deprecation(d),
        ProblemEngine.Request.of("GET", "/v1/books"));
    assertThat(moved.status()).isEqualTo(HttpStatus.PERMANENT_REDIRECT);
    assertThat(moved.headers().all("Location")).containsExactly("/v2/books");
    assertThat(moved.headers().all("Deprecation")).containsExactly("@1782863999");
    assertThat(moved.headers().all("Sunset")).containsExactly("Thu, 31 Dec 2026 23:59:59 GMT");
    assertThat(moved.headers().all("Link")).hasSize(1);
  }
}
