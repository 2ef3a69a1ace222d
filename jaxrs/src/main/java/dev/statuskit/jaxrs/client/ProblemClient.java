package dev.statuskit.jaxrs.client;

import dev.statuskit.HttpException;
import jakarta.ws.rs.ProcessingException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Unwraps what {@link ProblemClientFilter} throws: the Jakarta REST runtimes wrap exceptions of
 * response filters in a {@code ResponseProcessingException}, so callers would otherwise have to
 * catch that and inspect its cause.
 *
 * <pre>{@code
 * Order o = ProblemClient.call(() -> target.path("orders/42").request().get(Order.class));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProblemClient {

  private ProblemClient() {}

  /**
   * Runs a client call and rethrows the exception the filter built, unwrapped.
   *
   * @param call the client call
   * @param <T> the result type
   * @return what the call returned
   * @throws RuntimeException the typed (or mapped) exception of an error response, or whatever else
   *     the call threw, unchanged
   */
  public static <T> T call(Supplier<T> call) {
    Objects.requireNonNull(call, "call");
    try {
      return call.get();
    } catch (ProcessingException e) {
      throw unwrap(e);
    }
  }

  /**
   * Runs a client call without a result.
   *
   * @param call the client call
   * @throws RuntimeException as {@link #call(Supplier)}
   */
  public static void run(Runnable call) {
    Objects.requireNonNull(call, "call");
    call(() -> {
      call.run();
      return null;
    });
  }

  /**
   * The exception a {@link ProblemClientFilter} threw inside a runtime's {@code ProcessingException},
   * or the exception itself when it holds none (a connection failure, a reader's error).
   *
   * @param e what the runtime threw
   * @return the exception to rethrow
   */
  public static RuntimeException unwrap(ProcessingException e) {
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < 8; depth++) {
      if (cause instanceof RuntimeException r && ProblemClientFilter.threw(r)) {
        return r;
      }
      cause = cause.getCause();
    }
    return e;
  }

  /**
   * The language of a problem the server localized: the first tag of the response's
   * {@code Content-Language} (RFC 9110 §8.5), which the rebuilt exception keeps among its header
   * fields.
   *
   * @param e an exception {@link ProblemClientFilter} built from a response
   * @return the language, or empty when the response carried no well-formed {@code Content-Language}
   * @since 0.3.0
   */
  public static Optional<Locale> contentLanguage(HttpException e) {
    Objects.requireNonNull(e, "e");
    return e.getHeaders().first("Content-Language").map(v -> v.split(",", 2)[0].strip())
        .filter(tag -> tag.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*"))
        .map(Locale::forLanguageTag).filter(l -> !l.getLanguage().isEmpty());
  }
}
