package dev.statuskit;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the RFCs say about one header field on responses of one status code.
 *
 * <p>Instances are immutable. The registry in {@link HttpStatus} holds them as data: the typed
 * exceptions check the {@link Requirement#MUST unconditional MUST} rules when they are built, and
 * the tests and documentation are derived from the same table.
 *
 * @param field the header field name, in its canonical spelling (for example {@code Allow})
 * @param requirement the RFC keyword that applies
 * @param condition when the rule applies, if it applies only in some cases (for example "when the
 *     condition is temporary"); {@code null} when it always applies
 * @param reference the RFC section that states the rule (for example {@code RFC 9110 §15.5.6})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2119">RFC 2119</a>
 * @since 0.1
 */
public record HeaderRule(String field, Requirement requirement, @Nullable String condition, String reference) {

  /** The RFC 2119 keyword of a {@link HeaderRule}. */
  public enum Requirement {
    /** The server MUST send the field (or the status is defined by it). */
    MUST,
    /** The server SHOULD send the field. */
    SHOULD,
    /** The server MAY send the field, or the RFC merely says it "ought to" or "can". */
    MAY,
    /** The server SHOULD NOT send the field. */
    SHOULD_NOT,
    /** The server MUST NOT send the field. */
    MUST_NOT
  }

  /**
   * Checks the components.
   *
   * @param field see the record description
   * @param requirement see the record description
   * @param condition see the record description
   * @param reference see the record description
   * @throws NullPointerException if {@code field}, {@code requirement} or {@code reference} is null
   */
  public HeaderRule {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * The condition under which the rule applies.
   *
   * @return the condition, or empty when the rule always applies
   */
  public Optional<String> when() {
    return Optional.ofNullable(condition);
  }

  /**
   * Whether the rule always applies and demands the field.
   *
   * @return {@code true} for a MUST without a condition
   */
  public boolean isUnconditionalMust() {
    return requirement == Requirement.MUST && condition == null;
  }

  /**
   * Whether the rule forbids or discourages the field without a condition.
   *
   * @return {@code true} for a MUST NOT or SHOULD NOT without a condition
   */
  public boolean isUnconditionalProhibition() {
    return condition == null
        && (requirement == Requirement.MUST_NOT || requirement == Requirement.SHOULD_NOT);
  }
}
