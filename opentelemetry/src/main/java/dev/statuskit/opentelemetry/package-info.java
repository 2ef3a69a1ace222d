/**
 * OpenTelemetry for problems: {@link dev.statuskit.opentelemetry.OpenTelemetryProblemListener}
 * marks the current span of a 5xx as an error, tags every problem's span with its type and counts
 * problems ({@code statuskit.problems}); {@link dev.statuskit.opentelemetry.OpenTelemetryTraceIdCustomizer}
 * puts the current span's trace id into the problem. Both are listed for
 * {@link java.util.ServiceLoader}: the jar on the class path is enough, with the application's
 * global OpenTelemetry.
 *
 * <pre>{@code
 * // An application that registers no global OpenTelemetry passes its own:
 * ProblemEngine engine = ProblemEngine.builder()
 *     .listener(new OpenTelemetryProblemListener(openTelemetry))
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.statuskit.opentelemetry;

import org.jspecify.annotations.NullMarked;
