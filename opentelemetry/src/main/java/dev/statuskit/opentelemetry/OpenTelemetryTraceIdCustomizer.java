package dev.statuskit.opentelemetry;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.engine.Settings;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Objects;

/**
 * Puts the trace id of the current OpenTelemetry span ({@link Span#current()}) into every 4xx and
 * 5xx problem, as the extension member that {@code statuskit.trace-id-member} names (default
 * {@code traceId}; empty turns it off), unless the problem already has that member. Core's own
 * reading of the request's {@code traceparent} then leaves the member as it is, so the id is the
 * one of the span the server actually recorded, also when no {@code traceparent} came in.
 *
 * <p>Listed for {@link java.util.ServiceLoader}. A customizer sees no servlet init-params or
 * application properties: the member name is read once, when it is made, from the system property
 * {@code statuskit.trace-id-member} or the environment variable {@code STATUSKIT_TRACE_ID_MEMBER}.
 *
 * @since 0.3.0
 */
public final class OpenTelemetryTraceIdCustomizer implements ProblemCustomizer {

  private final String member; // empty: off

  /** A customizer whose member is named by the system property or environment variable. */
  public OpenTelemetryTraceIdCustomizer() {
    this(Settings.fromSystem().get(Settings.TRACE_ID_MEMBER));
  }

  /**
   * A customizer with the given member.
   *
   * @param member an extension member name, or empty to add nothing
   * @throws IllegalArgumentException if {@code member} is neither empty nor a valid extension name
   */
  public OpenTelemetryTraceIdCustomizer(String member) {
    Objects.requireNonNull(member, "member");
    if (!member.isEmpty() && !Problem.isValidExtensionName(member)) {
      throw new IllegalArgumentException("\"" + member + "\" is not a valid extension member name");
    }
    this.member = member;
  }

  @Override
  public Problem customize(Problem problem, ProblemEvent event) {
    HttpStatus.Series series = event.status().series();
    if (member.isEmpty() || problem.extensions().containsKey(member)
        || (series != HttpStatus.Series.CLIENT_ERROR && series != HttpStatus.Series.SERVER_ERROR)) {
      return problem;
    }
    SpanContext span = Span.current().getSpanContext();
    return span.isValid() ? problem.withExtension(member, span.getTraceId()) : problem;
  }
}
