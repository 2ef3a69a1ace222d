package dev.statuskit.jaxrs;

import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The door to {@link Violations}: callers check {@link StatusKitFeature#VALIDATION_PRESENT} before
 * touching this class, so nothing of Bean Validation is loaded when the API is absent.
 */
final class ValidationSupport {

  private ValidationSupport() {}

  static ProblemResponder.@Nullable Outcome outcome(Throwable thrown, ProblemResponder responder) {
    ConstraintViolationException cve = Violations.find(thrown);
    return cve == null ? null : Violations.outcome(cve, thrown, responder);
  }
}
