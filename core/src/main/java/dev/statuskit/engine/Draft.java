package dev.statuskit.engine;

import dev.statuskit.HttpStatus;
import dev.statuskit.Problem;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.spi.ProblemEvent;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The response being made for one error, as the stages change it; becomes one {@link ProblemEvent}. */
final class Draft {

  private static final byte[] NO_BODY = new byte[0];

  final ProblemEngine.Request request;
  /** The request line, read at most once for all the events of this draft, and only if asked for. */
  private final Supplier<String> method;
  private final Supplier<String> path;
  final ProblemEvent.Origin origin;
  final @Nullable Throwable exception;
  final @Nullable Throwable source;
  HttpStatus status;
  HeaderFields headers;
  Problem problem;
  @Nullable ProblemMediaType mediaType;
  byte[] body = NO_BODY;

  Draft(ProblemEngine.Classification c, ProblemEngine.Request request) {
    this.request = request;
    this.method = once(request::method);
    this.path = once(request::path);
    this.origin = c.origin();
    this.exception = c.exception();
    this.source = c.source();
    this.status = c.status();
    this.headers = c.headers();
    this.problem = c.problem();
  }

  /** The event as it stands: what customizers see before, and listeners after, the representation is chosen. */
  ProblemEvent event() {
    return new ProblemEvent(status, headers, problem, mediaType, body, origin, exception, source, method, path);
  }

  private static Supplier<String> once(Supplier<String> read) {
    return new Supplier<>() {
      private volatile @Nullable String value;

      @Override
      public String get() {
        String v = value;
        if (v == null) {
          v = Objects.requireNonNull(read.get(), "request line");
          value = v;
        }
        return v;
      }
    };
  }
}
