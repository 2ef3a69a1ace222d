/**
 * Micrometer metrics for StatusKit: {@link dev.statuskit.micrometer.ProblemCounter} counts every
 * handled problem on the application's {@code MeterRegistry}, tagged by status, problem type and
 * exception class. It is a {@link java.util.ServiceLoader} listener, so having the jar and Micrometer
 * on the class path is enough; the engine may also be given one explicitly.
 *
 * <pre>{@code
 * ProblemEngine engine = ProblemEngine.builder()
 *     .listener(new ProblemCounter(meterRegistry))
 *     .build();
 * // every problem then counts once in statuskit.problems{status, type, exception}
 * }</pre>
 *
 * @since 0.3.0
 */
@NullMarked
package dev.statuskit.micrometer;

import org.jspecify.annotations.NullMarked;
