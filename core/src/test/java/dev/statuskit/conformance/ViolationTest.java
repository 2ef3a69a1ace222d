package dev.statuskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void keyJoinsRuleAndField() {
    assertThat(new Violation("field-required", Severity.MUST, "Allow", "m", "RFC 9110 §15.5.6").key())
        .isEqualTo("field-required:Allow");
    assertThat(new Violation("date", Severity.SHOULD, null, "m", "r").key()).isEqualTo("date");
  }

  @Test
  void toStringNamesSeverityMessageAndReference() {
    assertThat(new Violation("x", Severity.SHOULD, null, "201 without Location", "RFC 9110 §9.3.3"))
        .hasToString("SHOULD: 201 without Location (RFC 9110 §9.3.3)");
  }

  @Test
  void componentsOtherThanFieldAreRequired() {
    assertThatNullPointerException().isThrownBy(() -> new Violation(null, Severity.MUST, null, "m", "r"))
        .withMessage("rule");
    assertThatNullPointerException().isThrownBy(() -> new Violation("r", null, null, "m", "r"))
        .withMessage("severity");
    assertThatNullPointerException().isThrownBy(() -> new Violation("r", Severity.MUST, null, null, "r"))
        .withMessage("message");
    assertThatNullPointerException().isThrownBy(() -> new Violation("r", Severity.MUST, null, "m", null))
        .withMessage("reference");
  }
}
