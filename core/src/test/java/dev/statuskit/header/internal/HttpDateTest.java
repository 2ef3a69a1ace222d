package dev.statuskit.header.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HttpDateTest {

  private static final String IMF_FIXDATE =
      "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$";

  @Test
  void everyDayOfAYearIsImfFixdateWithTheRightDayName() {
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int d = 0; d < 366; d++) {
      Instant i = start.plus(Duration.ofDays(d)).plusSeconds(d * 97L);
      String v = HttpDate.format(i);
      assertThat(v).matches(IMF_FIXDATE);
      assertThat(v).startsWith(i.atZone(ZoneOffset.UTC).getDayOfWeek().getDisplayName(
          java.time.format.TextStyle.SHORT, java.util.Locale.US));
      assertThat(HttpDate.parse(v)).isEqualTo(i);
    }
  }

  @Test
  void theFirstAndLastYearsAnHttpDateHoldsAreWrittenAsTheyAre() {
    // Year 0 is a year of the proleptic calendar, not "0001" of the common era.
    Instant first = Instant.parse("0000-06-01T00:00:00Z");
    assertThat(HttpDate.format(first)).isEqualTo("Thu, 01 Jun 0000 00:00:00 GMT");
    assertThat(HttpDate.parse(HttpDate.format(first))).isEqualTo(first);
    Instant last = Instant.parse("9999-12-31T23:59:59Z");
    assertThat(HttpDate.format(last)).isEqualTo("Fri, 31 Dec 9999 23:59:59 GMT");
    assertThat(HttpDate.parse(HttpDate.format(last))).isEqualTo(last);
  }

  @Test
  void aDateFieldIsFormattedOncePerSecond() {
    long millis = Instant.parse("2026-12-06T23:59:59.001Z").toEpochMilli();
    String first = HttpDate.at(millis);
    assertThat(first).isEqualTo("Sun, 06 Dec 2026 23:59:59 GMT");
    assertThat(HttpDate.at(millis + 998)).isEqualTo(first);
    assertThat(HttpDate.at(millis + 999)).isEqualTo("Mon, 07 Dec 2026 00:00:00 GMT");
    assertThat(HttpDate.at(-1)).isEqualTo("Wed, 31 Dec 1969 23:59:59 GMT");
    assertThat(HttpDate.now()).matches(IMF_FIXDATE);
  }
}
