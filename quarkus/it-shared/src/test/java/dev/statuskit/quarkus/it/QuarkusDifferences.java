package dev.statuskit.quarkus.it;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The scenarios whose contract a Quarkus REST stack does not let StatusKit keep, each with what
 * the stack does instead (README, "Quarkus"). Every other scenario runs and must pass; these are
 * reported as skipped with the reason, per stack, so a fix in Quarkus or StatusKit shows up as a
 * scenario to turn back on.
 */
final class QuarkusDifferences implements ExecutionCondition {

  /** Whether the application runs Quarkus REST (else RESTEasy classic). */
  static final boolean QUARKUS_REST = present("org.jboss.resteasy.reactive.server.injection.ContextProducers");

  private static final String NEGOTIATES_FIRST = "Quarkus REST answers 406 before calling a resource method whose "
      + "@Produces does not match Accept, so the resource's own exception is never thrown";

  /** Test method (or "method display-name" of one invocation) to the reason, for Quarkus REST. */
  private static final Map<String, String> REST = Map.of(
      "browsersGetHtmlWithoutAnErrorPageOfTheContainer", NEGOTIATES_FIRST + " (a problem 406, in HTML for a browser)",
      "unacceptableAcceptStillGetsAProblemNotA406", NEGOTIATES_FIRST + " (a problem 406)",
      "everyTypedExceptionAnswersWithItsStatusHeadersAndProblem 426", NEGOTIATES_FIRST
          + " (the 426 check asks for application/problem+json)",
      "wrongMethodIs405ProblemWithAllowKept", "Quarkus REST's own 405 carries no Allow field; the problem body is sent",
      "mistypedJsonIs400WithoutParserInternals", "quarkus-rest-jackson maps MismatchedInputException itself "
          + "(a nearer mapper than StatusKit's), a text/plain 400",
      "globalMappingOfTheExplicitFeatureApplies", "Quarkus REST configures the extension's feature before the "
          + "Application's getSingletons(); an explicit StatusKitFeature(engine) there comes second and is ignored");

  /** The same, for RESTEasy classic. */
  private static final Map<String, String> CLASSIC = Map.of(
      "malformedJsonIs400WithoutParserInternals", "quarkus-resteasy-jackson maps Jackson's parse exceptions itself "
          + "(a nearer mapper than StatusKit's), a text/plain 400",
      "mistypedJsonIs400WithoutParserInternals", "as malformedJsonIs400WithoutParserInternals",
      "globalMappingOfTheExplicitFeatureApplies", "the extension's feature is configured first; an explicit "
          + "StatusKitFeature(engine) in the Application's getSingletons() is then not applied");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> method = context.getTestMethod().map(m -> m.getName());
    if (method.isEmpty()) {
      return ConditionEvaluationResult.enabled("class");
    }
    Map<String, String> known = QUARKUS_REST ? REST : CLASSIC;
    String reason = known.get(method.get());
    if (reason == null) {
      // JUnit 6 quotes a string argument in a display name.
      reason = known.get(method.get() + " " + context.getDisplayName().replace("\"", ""));
    }
    String stack = QUARKUS_REST ? "Quarkus REST: " : "Quarkus RESTEasy classic: ";
    return reason == null ? ConditionEvaluationResult.enabled("runs") : ConditionEvaluationResult.disabled(stack + reason);
  }

  private static boolean present(String name) {
    try {
      Class.forName(name, false, QuarkusDifferences.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
