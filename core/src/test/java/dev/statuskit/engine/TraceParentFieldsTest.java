package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each field of a {@code traceparent} checked on its own: one wrong character anywhere is no trace id. */
class TraceParentFieldsTest {

  private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @ParameterizedTest
  @CsvSource({
      "0, g", "1, /", "2, _", "3, G", "10, `", "34, :", "35, _", "36, g", "51, /", "52, _", "53, g", "54, :"})
  void oneWrongCharacterInAnyFieldIsNoTraceId(int index, char wrong) {
    String header = VALID.substring(0, index) + wrong + VALID.substring(index + 1);

    assertThat(TraceParent.traceId(header)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "00-00000000000000000000000000000001-0000000000000001-00", // ids that are not all zeros
      "00-10000000000000000000000000000000-1000000000000000-ff",
      "00-0123456789abcdef0123456789abcdef-fedcba9876543210-a9",
      "01-0123456789abcdef0123456789abcdef-fedcba9876543210-a9", // a later version, exactly as long
      "fe-0123456789abcdef0123456789abcdef-fedcba9876543210-a9-"})
  void everyHexDigitAndNonZeroIdIsAccepted(String header) {
    assertThat(TraceParent.traceId(header)).isEqualTo(header.substring(3, 35));
  }
}
