package dev.statuskit.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final String IMF_FIXDATE =
      "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$";

  @Test
  void retryAfterIsWrittenAsImfFixdateWithTwoDigitDay() {
    // RFC_1123_DATE_TIME would print "Sun, 6 Nov 1994 08:49:37 GMT" (IMF-fixdate has two-digit days, RFC 9110 §5.6.7).
    assertThat(RetryAfter.at(Instant.parse("1994-11-06T08:49:37.900Z")).value())
        .isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT").matches(IMF_FIXDATE);
  }

  @Test
  void delayIsWholeSecondsRoundedUp() {
    assertThat(RetryAfter.delay(Duration.ZERO).value()).isEqualTo("0");
    assertThat(RetryAfter.delay(Duration.ofMillis(1)).value()).isEqualTo("1");
    assertThat(RetryAfter.delay(Duration.ofMinutes(2)).value()).isEqualTo("120");
    assertThat(RetryAfter.delay(Duration.ofSeconds(120)).delay()).hasValue(Duration.ofSeconds(120));
    assertThat(RetryAfter.delay(Duration.ofMillis(1500)).delay()).hasValue(Duration.ofSeconds(2));
    // Below an hour the text is made once per value; beyond, each time: the same digits either way.
    for (long s : new long[] {3599, 3600, 3601, 86_400, 9_999_999_999L}) {
      assertThat(RetryAfter.delay(Duration.ofSeconds(s)).value()).isEqualTo(Long.toString(s));
      assertThat(RetryAfter.delay(Duration.ofSeconds(s)).value()).isEqualTo(Long.toString(s));
    }
  }

  @Test
  void negativeDelayAndFiveDigitYearsAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> RetryAfter.delay(Duration.ofSeconds(-5)))
        .withMessageContaining("negative").withMessageContaining("delay-seconds");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryAfter.at(Instant.parse("+10000-01-01T00:00:00Z")))
        .withMessageContaining("year = 4DIGIT");
  }

  @Test
  void parsesBothForms() {
    assertThat(RetryAfter.parse("120").delay()).hasValue(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Fri, 31 Dec 1999 23:59:59 GMT").date()).hasValue(Instant.parse("1999-12-31T23:59:59Z"));
    assertThatIllegalArgumentException().isThrownBy(() -> RetryAfter.parse("-1")).withMessageContaining("\"-1\"");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryAfter.parse("1.5")).withMessageContaining("\"1.5\"");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryAfter.parse("10s")).withMessageContaining("\"10s\"");
  }

  @Test
  void headerFieldsHoldTheRetryAfterFieldAlone() {
    for (RetryAfter r : new RetryAfter[] {RetryAfter.delay(Duration.ofSeconds(60)), RetryAfter.delay(Duration.ofSeconds(60)),
        RetryAfter.delay(Duration.ofMillis(59_001)), RetryAfter.delay(Duration.ofHours(2)), RetryAfter.parse("60"),
        RetryAfter.at(Instant.parse("1999-12-31T23:59:59Z"))}) {
      assertThat(r.headerFields().asMap()).containsExactly(java.util.Map.entry("Retry-After", java.util.List.of(r.value())));
      assertThat(r.headerFields()).isEqualTo(HeaderFields.builder().add("retry-after", r.value()).build());
    }
    assertThat(RetryAfter.delay(Duration.ofMillis(59_001)).value()).isEqualTo("60");
    assertThat(RetryAfter.delay(Duration.ofHours(2)).headerFields().first("Retry-After")).hasValue("7200");
    assertThat(RetryAfter.at(Instant.parse("1999-12-31T23:59:59Z")).headerFields().first("Retry-After"))
        .hasValue("Fri, 31 Dec 1999 23:59:59 GMT");
  }

  @Test
  void instantIsComputedFromAClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(RetryAfter.delay(Duration.ofSeconds(30)).instant(clock)).isEqualTo(Instant.parse("2026-01-01T00:00:30Z"));
  }
}
