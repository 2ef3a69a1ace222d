package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.header.RateLimit;
import dev.statuskit.header.RateLimitPolicy;
import dev.statuskit.internal.ResponseExceptions;
import dev.statuskit.spi.ProblemEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rate-limit parts of {@link TooManyRequestsException} and {@link ServiceUnavailableException}. */
class TooManyRequestsExceptionTest {

  private static final RateLimitPolicy DAILY = RateLimitPolicy.of("daily", 1000).window(Duration.ofDays(1));
  private static final RateLimitPolicy BURST = RateLimitPolicy.of("burst", 100).window(Duration.ofMinutes(1));

  @Test
  void quotaExceededCarriesTheDraftsTypeTitleAndViolatedPolicies() {
    TooManyRequestsException e = TooManyRequestsException.quotaExceeded("daily", "burst")
        .retryAfter(Duration.ofSeconds(30))
        .rateLimitPolicies(DAILY, BURST)
        .rateLimits(RateLimit.of("daily", 0).reset(Duration.ofSeconds(30)), RateLimit.of("burst", 7));
    Problem p = e.toProblem();
    assertThat(p.type()).isEqualTo(URI.create("https://iana.org/assignments/http-problem-types#quota-exceeded"));
    assertThat(p.title()).hasValue("Request cannot be satisfied as assigned quota has been exceeded");
    assertThat(p.status()).hasValue(429);
    assertThat(p.extensions()).containsExactly(Map.entry("violated-policies", List.of("daily", "burst")));
    assertThat(e.getHeaders().asMap()).containsExactly(
        Map.entry("Retry-After", List.of("30")),
        Map.entry("RateLimit-Policy", List.of("\"daily\";q=1000;w=86400, \"burst\";q=100;w=60")),
        Map.entry("RateLimit", List.of("\"daily\";r=0;t=30, \"burst\";r=7")));
    assertThat(e.getRateLimitPolicies()).containsExactly(DAILY, BURST);
    assertThat(e.getRateLimits()).extracting(RateLimit::remaining).containsExactly(0L, 7L);
  }

  @Test
  void theEngineSendsTheFieldsAndTheMemberAsSet() {
    ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).cdi(false).build();
    ProblemEvent r = engine.handle(TooManyRequestsException.quotaExceeded("daily").retryAfter(Duration.ofSeconds(30))
            .rateLimitPolicies(DAILY).rateLimits(RateLimit.of("daily", 0).reset(Duration.ofSeconds(30))),
        ProblemEngine.Request.of("GET", "/search"));
    assertThat(r.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(r.headers().asMap()).containsExactly(
        Map.entry("Retry-After", List.of("30")),
        Map.entry("RateLimit-Policy", List.of("\"daily\";q=1000;w=86400")),
        Map.entry("RateLimit", List.of("\"daily\";r=0;t=30")),
        Map.entry("Cache-Control", List.of("no-store")),
        Map.entry("Vary", List.of("Accept")),
        Map.entry("Content-Type", List.of("application/problem+json")));
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":"
        + "\"https://iana.org/assignments/http-problem-types#quota-exceeded\",\"title\":\"Request cannot be satisfied"
        + " as assigned quota has been exceeded\",\"status\":429,\"violated-policies\":[\"daily\"]}");
  }

  @Test
  void abnormalUsageAndReducedCapacityHaveTheirTypes() {
    assertThat(TooManyRequestsException.abnormalUsageDetected("hourly").toProblem().type())
        .isEqualTo(TooManyRequestsException.ABNORMAL_USAGE_DETECTED);
    ServiceUnavailableException s = ServiceUnavailableException.temporaryReducedCapacity("hourly")
        .retryAfter(Duration.ofSeconds(60))
        .rateLimitPolicies(RateLimitPolicy.of("hourly", 10).window(Duration.ofHours(1)))
        .rateLimits(RateLimit.of("hourly", 0).reset(Duration.ofSeconds(60)));
    assertThat(s.toProblem().type()).hasToString("https://iana.org/assignments/http-problem-types#temporary-reduced-capacity");
    assertThat(s.toProblem().title()).hasValue("Request cannot be satisfied due to temporary server capacity constraints");
    assertThat(s.toProblem().extensions()).containsExactly(Map.entry("violated-policies", List.of("hourly")));
    assertThat(s.getHeaders().all("RateLimit")).containsExactly("\"hourly\";r=0;t=60");
    assertThat(s.getHeaders().all("RateLimit-Policy")).containsExactly("\"hourly\";q=10;w=3600");
  }

  @Test
  void aRetryAfterEarlierThanAUsedUpResetIsRefusedInEitherOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TooManyRequestsException().retryAfter(Duration.ofSeconds(10))
            .rateLimits(RateLimit.of("daily", 0).reset(Duration.ofSeconds(30))))
        .withMessageContaining("Retry-After 10").withMessageContaining("t=30").withMessageContaining("\"daily\"")
        .withMessageContaining(RateLimit.DRAFT);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ServiceUnavailableException().rateLimits(RateLimit.of("daily", 0).reset(Duration.ofSeconds(30)))
            .retryAfter(Duration.ofSeconds(10)))
        .withMessageContaining("Retry-After 10");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TooManyRequestsException().rateLimits(RateLimit.of("d", 0).reset(Duration.ofSeconds(30)))
            .header("Retry-After", "5"));
    // Consistent: a longer Retry-After, a policy with quota left, a date (nothing to compare it with).
    new TooManyRequestsException().retryAfter(Duration.ofSeconds(60)).rateLimits(RateLimit.of("d", 0).reset(Duration.ofSeconds(30)));
    new TooManyRequestsException().retryAfter(Duration.ofSeconds(1)).rateLimits(RateLimit.of("d", 5).reset(Duration.ofSeconds(30)));
    new TooManyRequestsException().retryAfter(Instant.parse("2026-01-01T00:00:00Z")).rateLimits(
        RateLimit.of("d", 0).reset(Duration.ofSeconds(30)));
  }

  @Test
  void retryAfterIsSetInItsPlaceWhetherOrNotItIsTheFirstField() {
    TooManyRequestsException first = new TooManyRequestsException().retryAfter(Duration.ofSeconds(60));
    TooManyRequestsException more = new TooManyRequestsException().retryAfter(Duration.ofSeconds(60))
        .header("Cache-Control", "private");
    TooManyRequestsException after = new TooManyRequestsException().header("Cache-Control", "private")
        .retryAfter(Duration.ofSeconds(60)).retryAfter(Duration.ofSeconds(30));
    TooManyRequestsException replaced = new TooManyRequestsException().retryAfter(Duration.ofSeconds(60))
        .header("Cache-Control", "private").retryAfter(Instant.parse("1999-12-31T23:59:59Z"));
    // The first exception's fields stay as they were when another exception of the same delay adds a field.
    assertThat(first.getHeaders().asMap()).containsExactly(Map.entry("Retry-After", List.of("60")));
    assertThat(more.getHeaders().asMap()).containsExactly(Map.entry("Retry-After", List.of("60")),
        Map.entry("Cache-Control", List.of("private")));
    assertThat(after.getHeaders().asMap()).containsExactly(Map.entry("Cache-Control", List.of("private")),
        Map.entry("Retry-After", List.of("30")));
    assertThat(replaced.getHeaders().asMap()).containsExactly(
        Map.entry("Retry-After", List.of("Fri, 31 Dec 1999 23:59:59 GMT")), Map.entry("Cache-Control", List.of("private")));
    assertThat(after.getRetryAfter()).hasValueSatisfying(r -> assertThat(r.delay()).hasValue(Duration.ofSeconds(30)));
  }

  @Test
  void headerLinesAddMembersAndMalformedOnesAreRefused() {
    TooManyRequestsException e = new TooManyRequestsException()
        .header("RateLimit", "\"a\";r=1").header("RateLimit", "\"b\";r=2;t=3")
        .header("RateLimit-Policy", "\"a\";q=10").header("RateLimit-Policy", "\"b\";q=20");
    assertThat(e.getHeaders().all("RateLimit")).containsExactly("\"a\";r=1, \"b\";r=2;t=3");
    assertThat(e.getRateLimitPolicies()).extracting(RateLimitPolicy::name).containsExactly("a", "b");
    assertThatIllegalArgumentException().isThrownBy(() -> new TooManyRequestsException().header("RateLimit", "a;r=1"))
        .withMessageContaining("String Item");
    assertThatIllegalArgumentException().isThrownBy(() -> TooManyRequestsException.quotaExceeded("caf\u00e9"))
        .withMessageContaining("RFC 9651 §3.3.3");
  }

  @Test
  void aClientRebuildsTheTypedExceptionWithItsLimits() {
    HttpException e = ResponseExceptions.of(429, Map.of(
            "Retry-After", List.of("30"),
            "RateLimit-Policy", List.of("\"daily\";q=1000;w=86400"),
            "RateLimit", List.of("\"daily\";r=0;t=30", "\"burst\";r=3")),
        Problem.builder().status(429).type(TooManyRequestsException.QUOTA_EXCEEDED)
            .extension("violated-policies", List.of("daily")).build());
    assertThat(e).isInstanceOf(TooManyRequestsException.class);
    assertThat(e.getRateLimitPolicies()).containsExactly(DAILY);
    assertThat(e.getRateLimits()).containsExactly(RateLimit.of("daily", 0).reset(Duration.ofSeconds(30)), RateLimit.of("burst", 3));
    assertThat(e.toProblem().extensions()).containsEntry("violated-policies", List.of("daily"));
    // A malformed field from a server is ignored, as the draft tells a client to.
    HttpException bad = ResponseExceptions.of(503, Map.of("RateLimit", List.of("nonsense;;")), Problem.builder().status(503).build());
    assertThat(bad.getRateLimits()).isEmpty();
    assertThat(bad.getRateLimitPolicies()).isEmpty();
  }
}
