package dev.statuskit.conformance;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule of HTTP semantics or of RFC 9457 that a response breaks, with the RFC section that
 * states it.
 *
 * <p>Instances are immutable. {@link #rule()} is a stable identifier of the rule (for example
 * {@code field-required}), {@link #field()} the header field it concerns if any: together they name
 * the rule for a given status, which is what a report counts once per route.
 *
 * @param rule the rule's identifier, one of the {@code ComplianceChecker} constants
 * @param severity MUST or SHOULD
 * @param field the header field the rule concerns (canonical spelling), or {@code null}
 * @param message what is wrong, naming the status and the offending value
 * @param reference the RFC section (for example {@code RFC 9110 §15.5.6})
 * @since 0.3.0
 */
public record Violation(String rule, Severity severity, @Nullable String field, String message, String reference) {

  /**
   * Checks the components.
   *
   * @param rule see the record description
   * @param severity see the record description
   * @param field see the record description
   * @param message see the record description
   * @param reference see the record description
   * @throws NullPointerException if a component other than {@code field} is null
   */
  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * The rule and its field as one key, the unit a report counts once per route.
   *
   * @return for example {@code field-required:Allow}, or {@code date} for a rule without a field
   */
  public String key() {
    return field == null ? rule : rule + ":" + field;
  }

  /**
   * One line for a test failure or a log record.
   *
   * @return for example {@code MUST: 405 without Allow (RFC 9110 §15.5.6)}
   */
  @Override
  public String toString() {
    return severity + ": " + message + " (" + reference + ")";
  }
}
