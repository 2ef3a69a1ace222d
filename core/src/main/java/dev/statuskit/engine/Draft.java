package dev.statuskit.engine;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemEvent;
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
  HeaderFields headers;
  Problem problem;
  @Nullable ProblemMediaType mediaType;
  /** The language title and detail were localized to (its tag, as sent in {@code Content-Language}), or {@code null}. */
  @Nullable String language;
  byte[] body = NO_BODY;

  Draft(ProblemEngine.Classification c, ProblemEngine.Request request) {
    this.request = request;
    this.origin = c.origin();
    this.exception = c.exception();
    this.source = c.source();
    this.status = c.status();
    this.headers = c.headers();
    this.problem = c.problem();
  }

  /** The event as it stands: what customizers see before, and listeners after, the representation is chosen. */
  ProblemEvent event() {
    return new ProblemEvent(status, headers, problem, mediaType, body, origin, exception, source, this);
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
