package dev.statuskit.engine;

import dev.statuskit.HttpException;
import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemEvent;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The response being made for one error, as the stages change it; becomes one {@link ProblemEvent}. */
final class Draft implements ProblemEvent.RequestLine {

  private static final byte[] NO_BODY = new byte[0];

  final ProblemEngine.Request request;
  /** The request line, read at most once for all the events of this draft, and only if asked for. */
  private volatile @Nullable String method;
  private volatile @Nullable String path;
  final ProblemEvent.Origin origin;
  final @Nullable Throwable exception;
  final @Nullable Throwable source;
  HttpStatus status;
  /** The header fields, but for {@link #pending}; read them through {@link #headers()}. */
  private HeaderFields headers;
  /**
   * Fields a stage set ({@link #set(HeaderFields)}) and no stage has read yet, or
   * {@code null}: the status rules' {@code Cache-Control} waits here for the negotiated
   * {@code Content-Type}, so that the two cost one copy of the fields instead of two.
   */
  private @Nullable HeaderFields pending;
  Problem problem;
  @Nullable ProblemMediaType mediaType;
  /** The language title and detail were localized to (its tag, as sent in {@code Content-Language}), or {@code null}. */
  @Nullable String language;
  byte[] body = NO_BODY;

  Draft(ProblemEngine.Classification c, ProblemEngine.Request request) {
    this(request, c.origin(), c.exception(), c.source(), c.status(), c.headers(), c.problem());
  }

  private Draft(ProblemEngine.Request request, ProblemEvent.Origin origin, @Nullable Throwable exception,
      @Nullable Throwable source, HttpStatus status, HeaderFields headers, Problem problem) {
    this.request = request;
    this.origin = origin;
    this.exception = exception;
    this.source = source;
    this.status = status;
    this.headers = headers;
    this.problem = problem;
  }

  /**
   * The draft of a thrown StatusKit exception: what {@link Classify} answers for it (its status,
   * header fields and problem), without the classification in between.
   */
  static Draft of(HttpException thrown, ProblemEngine.Request request) {
    return new Draft(request, ProblemEvent.Origin.HTTP_EXCEPTION, thrown, thrown, thrown.getStatus(),
        thrown.getHeaders(), thrown.toProblem());
  }

  /** The event as it stands: what customizers see before, and listeners after, the representation is chosen. */
  ProblemEvent event() {
    return new ProblemEvent(status, headers(), problem, mediaType, body, origin, exception, source, this);
  }

  /** The header fields as they stand. */
  HeaderFields headers() {
    HeaderFields p = pending;
    if (p != null) {
      headers = headers.with(p);
      pending = null;
    }
    return headers;
  }

  /** Replaces the header fields, those waiting included: {@code fields} are what {@link #headers()} gave, changed. */
  void headers(HeaderFields fields) {
    pending = null;
    headers = fields;
  }

  /**
   * Sets fields as {@code headers(headers().with(fields))} would: they wait until the fields are read
   * or another stage sets some, then both are set in one copy.
   */
  void set(HeaderFields fields) {
    HeaderFields p = pending;
    if (p == null) {
      pending = fields;
    } else {
      headers = headers.with(p, fields);
      pending = null;
    }
  }

  /** Whether a field is present, as {@code headers().contains(name)} says, without setting what waits. */
  boolean contains(String name) {
    HeaderFields p = pending;
    return p != null && p.contains(name) || headers.contains(name);
  }

  /** A field's values, as {@code headers().all(name)} gives them, without setting what waits. */
  List<String> all(String name) {
    List<String> waiting = pending == null ? List.of() : pending.all(name);
    return waiting.isEmpty() ? headers.all(name) : waiting; // a field that is present has a value
  }

  @Override
  public String method() {
    String m = method;
    if (m == null) {
      m = Objects.requireNonNull(request.method(), "method");
      method = m;
    }
    return m;
  }

  @Override
  public String path() {
    String p = path;
    if (p == null) {
      p = Objects.requireNonNull(request.path(), "path");
      path = p;
    }
    return p;
  }
}
