package dev.statuskit.jaxrs;

import dev.statuskit.engine.ProblemEngine;
import dev.statuskit.engine.Settings;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The door to {@link Violations}: registered only when {@link StatusKitFeature#VALIDATION_PRESENT},
 * so nothing of Bean Validation is loaded when the API is absent.
 */
final class ValidationClassifier implements ProblemEngine.Classifier {

  static final ValidationClassifier INSTANCE = new ValidationClassifier();

  private ValidationClassifier() {}

  @Override
  public ProblemEngine.@Nullable Classification classify(Throwable element, ProblemEngine.Request request,
      Settings settings) {
    return element instanceof ConstraintViolationException cve ? Violations.classify(cve, settings, request.language().orElse(null)) : null;
  }
}
