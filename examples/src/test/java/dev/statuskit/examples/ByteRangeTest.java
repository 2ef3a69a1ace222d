package dev.statuskit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.RangeNotSatisfiableException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Single byte ranges, RFC 9110 §14.1.2 and §14.2. */
class ByteRangeTest {

  @ParameterizedTest
  @CsvSource({
      "bytes=0-3, 0, 3",
      "bytes=10-, 10, 99",
      "bytes=-5, 95, 99",
      "bytes=-500, 0, 99",
      "bytes=90-500, 90, 99",
      "bytes=99-99, 99, 99"})
  void satisfiableRangeIsClippedToTheRepresentation(String header, long first, long last) {
    assertThat(ByteRange.of(header, 100)).contains(new ByteRange(first, last));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=5-2", "bytes=0-1,5-6", "items=0-3", "bytes=-", "bytes=a-b", "bytes 0-3"})
  void unusableRangeIsIgnored(String header) {
    assertThat(ByteRange.of(header, 100)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=100-", "bytes=100-200", "bytes=-0"})
  void rangeBeyondTheEndIs416WithTheCompleteLength(String header) {
    assertThatThrownBy(() -> ByteRange.of(header, 100))
        .isInstanceOfSatisfying(RangeNotSatisfiableException.class,
            e -> assertThat(e.getHeaders().all("Content-Range")).containsExactly("bytes */100"));
  }

  @org.junit.jupiter.api.Test
  void noHeaderMeansTheWholeRepresentation() {
    assertThat(ByteRange.of(null, 100)).isEmpty();
  }
}
