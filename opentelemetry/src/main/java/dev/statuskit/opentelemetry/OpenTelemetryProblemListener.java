package dev.statuskit.opentelemetry;

import dev.statuskit.HttpStatus;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reports every problem to OpenTelemetry: marks the current span of a 5xx as an error with the
 * exception, tags the current span with the problem type, and counts problems by status, problem
 * type and exception class.
 *
 * <p>On the current span ({@link Span#current()}, nothing when its context is not valid):
 * <ul>
 *   <li>{@code statuskit.problem.type}: the problem's type URI, for every problem;</li>
 *   <li>for a 5xx: status {@link StatusCode#ERROR}, the exception recorded as an event, and
 *       {@code error.type} (the exception's fully qualified class name, or the status code when
 *       there is no exception), as the HTTP semantic conventions define server errors;</li>
 *   <li>for a 4xx: no span status and no {@code error.type}: a client's error is not the server
 *       span's failure.</li>
 * </ul>
 *
 * <p>The counter {@code statuskit.problems} (unit {@code {problem}}) is incremented once per problem
 * with {@code http.response.status_code}, {@code statuskit.problem.type} and, when there is an
 * exception, {@code exception.type}: values from small sets only, never the path, method, instance
 * or detail, so the number of series stays bounded.
 *
 * <p>Listed for {@link java.util.ServiceLoader}, so putting the jar on the class path is enough; it
 * then uses {@link GlobalOpenTelemetry}, read at the first problem (not when the engine is built,
 * so that an application may register its global later). Whatever OpenTelemetry throws is caught
 * and logged once per kind of failure: the response is never affected.
 *
 * @since 0.3.0
 */
public final class OpenTelemetryProblemListener implements ProblemListener {

  /** The span and counter attribute that carries the problem's type URI. */
  public static final AttributeKey<String> PROBLEM_TYPE = AttributeKey.stringKey("statuskit.problem.type");
  /** The semantic conventions' error class of a failed server span. */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  /** The semantic conventions' response status attribute. */
  public static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  /** The semantic conventions' exception class attribute. */
  public static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
  /** The name of the problem counter. */
  public static final String COUNTER = "statuskit.problems";

  private static final String SCOPE = "dev.statuskit.opentelemetry";
  private static final System.Logger LOG = System.getLogger("dev.statuskit");

  private final Supplier<OpenTelemetry> source;
  private volatile @Nullable LongCounter counter; // built once, from the first OpenTelemetry read
  private volatile boolean counterTried;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /** A listener on {@link GlobalOpenTelemetry}, read at the first problem. */
  public OpenTelemetryProblemListener() {
    this.source = GlobalOpenTelemetry::get;
  }

  /**
   * A listener on the given OpenTelemetry, for applications that register no global (and for
   * tests). Its counter is built here.
   *
   * @param openTelemetry whose meter counts problems
   */
  public OpenTelemetryProblemListener(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    this.source = () -> openTelemetry;
    counter();
  }

  @Override
  public void onProblem(ProblemEvent event) {
    String type = event.problem().type().toString();
    Optional<Throwable> exception = event.exception();
    try {
      annotate(Span.current(), event.status(), type, exception.orElse(null));
    } catch (RuntimeException e) {
      warnOnce("annotating the current span", e);
    }
    try {
      LongCounter c = counter();
      if (c != null) {
        AttributesBuilder a = Attributes.builder()
            .put(STATUS_CODE, (long) event.status().code())
            .put(PROBLEM_TYPE, type);
        exception.ifPresent(t -> a.put(EXCEPTION_TYPE, t.getClass().getName()));
        c.add(1, a.build());
      }
    } catch (RuntimeException e) {
      warnOnce("counting a problem", e);
    }
  }

  private static void annotate(Span span, HttpStatus status, String type, @Nullable Throwable exception) {
    if (!span.getSpanContext().isValid()) {
      return;
    }
    span.setAttribute(PROBLEM_TYPE, type);
    if (status.series() == HttpStatus.Series.SERVER_ERROR) {
      span.setStatus(StatusCode.ERROR);
      if (exception != null) {
        span.recordException(exception);
        span.setAttribute(ERROR_TYPE, exception.getClass().getName());
      } else {
        span.setAttribute(ERROR_TYPE, Integer.toString(status.code()));
      }
    }
  }

  private @Nullable LongCounter counter() {
    LongCounter c = counter;
    if (c != null || counterTried) {
      return c;
    }
    synchronized (this) {
      if (!counterTried) {
        try {
          counter = source.get().getMeter(SCOPE).counterBuilder(COUNTER).setUnit("{problem}")
              .setDescription("Problems answered by StatusKit, by status, problem type and exception class.")
              .build();
        } catch (RuntimeException e) {
          warnOnce("building the counter " + COUNTER, e); // no counter, ever: spans are still annotated
        }
        counterTried = true;
      }
      return counter;
    }
  }

  private void warnOnce(String doing, RuntimeException e) {
    if (reported.add(doing + ":" + e.getClass().getName())) {
      LOG.log(System.Logger.Level.WARNING, "OpenTelemetry failed " + doing + "; responses are unaffected,"
          + " and further failures of this kind are not logged", e);
    }
  }
}
