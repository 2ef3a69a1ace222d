package dev.statuskit.spi;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.HeaderFields;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One handled problem, as it goes on the wire: the status, every header field StatusKit sends
 * (those the response already carried, the exception's, the endpoint's defaults,
 * {@code Cache-Control: no-store}, {@code Vary}, {@code Content-Type}), the final problem, the
 * representation and its exact bytes; what caused it; and the request's method and path.
 *
 * <p>The engine makes one per error, and the adapter sends exactly this: listeners, CDI observers of
 * this type (fired when a CDI container is present) and the log record see the response that is
 * sent. Header fields the container adds for framing or connection management ({@code Date},
 * {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection}, {@code Server}) are not
 * among them.
 *
 * <p>Immutable: the body is copied on the way out ({@link #body()}), or written as it is
 * ({@link #writeBody}). The request path is as the client sent it, so
 * treat it as untrusted text.
 *
 * <pre>{@code
 * void count(@Observes ProblemEvent e) {
 *   registry.counter("http.problems", "status", String.valueOf(e.status().code())).increment();
 * }
 * }</pre>
 *
 * @since 0.3.0
 */
public final class ProblemEvent {

  /** How the answer was found, in the order the engine tries them. */
  public enum Origin {
    /** A StatusKit exception ({@code dev.statuskit.HttpException}). */
    HTTP_EXCEPTION,
    /** A class annotated with {@code dev.statuskit.HttpProblem}. */
    ANNOTATED,
    /**
     * A mapping: one configured on the engine, an endpoint's rule, or an adapter's own
     * classification (a runtime's {@code WebApplicationException}, malformed request content,
     * Bean Validation).
     */
    MAPPED,
    /** Nothing matched: a 500 without details. */
    UNHANDLED,
    /**
     * An error status without an exception: a runtime's or container's own error, or a
     * {@code sendError}.
     */
    STATUS
  }

  private final HttpStatus status;
  private final HeaderFields headers;
  private final Problem problem;
  private final @Nullable ProblemMediaType mediaType;
  private final byte[] body;
  private final Origin origin;
  private final @Nullable Throwable exception;
  private final @Nullable Throwable source;
  private final RequestLine request;

  /**
   * The request line of an event, read when a hook asks for it: adapters whose runtime makes
   * reading the request cost something read it only then.
   *
   * @since 0.3.0
   */
  public interface RequestLine {
    /**
     * The request method.
     *
     * @return for example {@code GET}
     */
    String method();

    /**
     * The request path, without the query.
     *
     * @return for example {@code /orders/42}
     */
    String path();
  }

  /**
   * An event; the engine makes them, tests of listeners may too.
   *
   * @param status the response status
   * @param headers every header field sent, {@code Content-Type} included when there is a body
   * @param problem the problem, whose status equals {@code status}
   * @param mediaType the representation of the body, or {@code null} for a status without content
   * @param body the representation's bytes (also for HEAD, whose response sends only their length);
   *     empty without content; not copied: the event owns the array from here on, and nobody may
   *     change it
   * @param origin how the answer was found
   * @param exception what was thrown, or {@code null} for a status-only error
   * @param source the element of {@code exception}'s cause chain that decided the answer, or {@code null}
   * @param request the request line, read when asked for (the engine's reads the request once)
   */
  public ProblemEvent(HttpStatus status, HeaderFields headers, Problem problem, @Nullable ProblemMediaType mediaType,
      byte[] body, Origin origin, @Nullable Throwable exception, @Nullable Throwable source, RequestLine request) {
    this.status = Objects.requireNonNull(status, "status");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.mediaType = mediaType;
    this.body = Objects.requireNonNull(body, "body");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.exception = exception;
    this.source = source;
    this.request = Objects.requireNonNull(request, "request");
  }

  /**
   * The response status.
   *
   * @return the status
   */
  public HttpStatus status() {
    return status;
  }

  /**
   * Every header field StatusKit sends with the problem, {@code Content-Type} included.
   *
   * @return an unmodifiable multimap
   */
  public HeaderFields headers() {
    return headers;
  }

  /**
   * The problem answered.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * The representation of the body.
   *
   * @return the media type, or empty for a status without content (304)
   */
  public Optional<ProblemMediaType> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /**
   * The bytes of the body: what a GET receives (a HEAD receives only their length).
   *
   * @return a copy; empty for a status without content
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Writes the bytes of {@link #body()}, without a copy; for an adapter that sends them.
   *
   * @param out where to write; neither flushed nor closed
   * @throws IOException if the stream fails
   * @since 0.3.0
   */
  public void writeBody(OutputStream out) throws IOException {
    out.write(body);
  }

  /**
   * The length of {@link #body()}, without a copy.
   *
   * @return bytes
   */
  public int bodyLength() {
    return body.length;
  }

  /**
   * How the answer was found.
   *
   * @return the origin
   */
  public Origin origin() {
    return origin;
  }

  /**
   * The exception that was thrown, if the problem came from one (not for a container's own 404
   * or a {@code sendError}).
   *
   * @return the throwable, or empty
   */
  public Optional<Throwable> exception() {
    return Optional.ofNullable(exception);
  }

  /**
   * The element of the exception's cause chain that decided the answer.
   *
   * @return the throwable, or empty for a status-only error
   */
  public Optional<Throwable> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The request method.
   *
   * @return for example {@code GET}
   */
  public String method() {
    return request.method();
  }

  /**
   * The request path, without the query.
   *
   * @return for example {@code /orders/42}
   */
  public String path() {
    return request.path();
  }

  @Override
  public String toString() {
    return "ProblemEvent{" + status + "}";
  }
}
