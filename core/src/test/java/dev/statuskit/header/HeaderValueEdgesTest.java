package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The edges of the small header values: the first value each rule accepts, accessors and equality. */
class HeaderValueEdgesTest {

  @Test
  void contentRangeAcceptsZeroPositionsAndLengths() {
    ContentRange empty = ContentRange.unsatisfied(0);
    assertThat(empty.value()).isEqualTo("bytes */0");
    assertThat(empty.completeLength()).hasValue(0);
    assertThat(empty.first()).isEmpty();
    assertThat(empty.last()).isEmpty();

    ContentRange firstByte = ContentRange.bytes(0, 0, 1);
    assertThat(firstByte.value()).isEqualTo("bytes 0-0/1");
    assertThat(firstByte.isUnsatisfied()).isFalse();
    assertThat(firstByte.first()).hasValue(0);
    assertThat(firstByte.last()).hasValue(0);
    assertThat(firstByte.completeLength()).hasValue(1);
    assertThat(firstByte.unit()).isEqualTo("bytes");

    assertThat(ContentRange.bytes(5, 5, 6).value()).isEqualTo("bytes 5-5/6");
    assertThat(ContentRange.bytes(3, 7, -1).completeLength()).isEmpty();
    assertThat(ContentRange.unsatisfied("items", 4).unit()).isEqualTo("items");
  }

  @Test
  void contentRangeRejectionsStateTheRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> ContentRange.bytes(0, 0, 0))
        .withMessageContaining("byte range 0-0/0 is invalid").withMessageContaining("RFC 9110 §14.4");
    assertThatIllegalArgumentException().isThrownBy(() -> ContentRange.bytes(5, 4, -1))
        .withMessageContaining("byte range 5-4/* is invalid");
    assertThatIllegalArgumentException().isThrownBy(() -> ContentRange.bytes(-1, 4, 10))
        .withMessageContaining("byte range -1-4/10");
    assertThatIllegalArgumentException().isThrownBy(() -> ContentRange.unsatisfied(-1))
        .withMessageContaining("complete-length -1 is negative");
  }

  @Test
  void contentRangesAreEqualByValue() {
    ContentRange a = ContentRange.bytes(0, 9, 10);
    assertThat(a).isEqualTo(ContentRange.bytes(0, 9, 10)).hasSameHashCodeAs(ContentRange.bytes(0, 9, 10))
        .isNotEqualTo(ContentRange.bytes(0, 9, 11)).isNotEqualTo(ContentRange.unsatisfied(10)).hasToString("bytes 0-9/10");
  }

  @Test
  void entityTagsAcceptTheWholeEtagcRangeAndTheEmptyTag() {
    assertThat(EntityTag.strong("!#~").value()).isEqualTo("\"!#~\"");
    assertThat(EntityTag.parse("\"\"")).isEqualTo(EntityTag.strong(""));
    assertThat(EntityTag.parse("W/\"\"").isWeak()).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> EntityTag.parse("\"")).withMessageContaining("malformed");
    assertThatIllegalArgumentException().isThrownBy(() -> EntityTag.strong("a\u007fb"))
        .withMessageContaining("U+007F at index 1");
  }

  @Test
  void entityTagsExposeTheirPartsAndCompareStrength() {
    EntityTag weak = EntityTag.parse("W/\"v2\"");
    assertThat(weak.opaque()).isEqualTo("v2");
    assertThat(weak.isWeak()).isTrue();
    assertThat(EntityTag.parse("\"v2\"").isWeak()).isFalse();
    assertThat(weak).isNotEqualTo(EntityTag.strong("v2")).isNotEqualTo(EntityTag.weak("v3"))
        .isEqualTo(EntityTag.weak("v2")).hasSameHashCodeAs(EntityTag.weak("v2")).hasToString("W/\"v2\"");
  }

  @Test
  void protocolsExposeTheirPartsAndCompareByValue() {
    Protocol http = Protocol.parse("HTTP/2.0");
    assertThat(http.name()).isEqualTo("HTTP");
    assertThat(http.version()).hasValue("2.0");
    assertThat(http).hasToString("HTTP/2.0").hasSameHashCodeAs(Protocol.of("HTTP", "2.0"))
        .isNotEqualTo(Protocol.of("HTTP", "3.0")).isNotEqualTo(Protocol.of("HTTP"));
    assertThatIllegalArgumentException().isThrownBy(() -> Protocol.parse("/2.0"))
        .withMessageContaining("protocol-name \"\" is not a token");
  }

  @Test
  void retryAfterDelaySecondsIncludeZeroAndNine() {
    assertThat(RetryAfter.parse("0").delay()).hasValue(Duration.ZERO);
    assertThat(RetryAfter.parse("9").delay()).hasValue(Duration.ofSeconds(9));
    assertThat(RetryAfter.parse("90").value()).isEqualTo("90");
  }

  @Test
  void retryAftersAreEqualByFieldValue() {
    RetryAfter twoMinutes = RetryAfter.parse("120");
    assertThat(twoMinutes).isEqualTo(RetryAfter.delay(Duration.ofMinutes(2)))
        .hasSameHashCodeAs(RetryAfter.delay(Duration.ofMinutes(2))).isNotEqualTo(RetryAfter.delay(Duration.ofSeconds(121)))
        .hasToString("120");
    RetryAfter date = RetryAfter.at(Instant.parse("1999-12-31T23:59:59Z"));
    assertThat(date).isEqualTo(RetryAfter.parse("Fri, 31 Dec 1999 23:59:59 GMT")).isNotEqualTo(twoMinutes)
        .hasToString("Fri, 31 Dec 1999 23:59:59 GMT");
  }

  @Test
  void rateLimitsAndDeprecationsAreEqualByWhatTheySend() {
    assertThat(RateLimit.of("default", 5)).isEqualTo(RateLimit.of("default", 5)).isNotEqualTo(RateLimit.of("default", 4))
        .isNotEqualTo(RateLimit.of("burst", 5));
    assertThat(RateLimitPolicy.of("default", 100)).isNotEqualTo(RateLimitPolicy.of("default", 99));
    Deprecation d = Deprecation.at(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(d).isEqualTo(Deprecation.at(Instant.parse("2026-01-01T00:00:00.500Z")))
        .isNotEqualTo(Deprecation.at(Instant.parse("2026-01-02T00:00:00Z")))
        .isNotEqualTo(d.sunset(Instant.parse("2027-01-01T00:00:00Z")));
  }
}
