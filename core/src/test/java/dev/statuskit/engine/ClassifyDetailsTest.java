package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.HttpProblem;
import dev.statuskit.HttpStatus;
import dev.statuskit.NotFoundException;
import dev.statuskit.Problem;
import dev.statuskit.ProblemExtension;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemEvent;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where {@code detail} comes from in each classification (annotation, mapping, nothing matched), with
 * and without exposed details, and which members an annotated class contributes.
 */
class ClassifyDetailsTest {

  @HttpProblem(status = 500)
  static class BrokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BrokenException(String message) {
      super(message);
    }
  }

  @HttpProblem(status = 422, title = "Unprocessable order")
  static class RejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @ProblemExtension("orderId") final int id;

    RejectedException(String message, int id) {
      super(message);
      this.id = id;
    }

    @ProblemExtension
    String reason() {
      return "stock";
    }

    @ProblemExtension
    String get() {
      return "plain";
    }
  }

  @HttpProblem(status = 409, messageAsDetail = false)
  static class QuietException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QuietException(String message) {
      super(message);
    }
  }

  static class LockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LockException(String message) {
      super(message);
    }
  }

  static class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseException(String message) {
      super(message);
    }
  }

  private static ProblemEngine engine(boolean exposeDetails) {
    return ProblemEngine.builder().serviceLoader(false).cdi(false)
        .settings(Settings.builder().exposeDetails(exposeDetails).build())
        .occurrenceIds(() -> URI.create("urn:uuid:00000000-0000-0000-0000-000000000001"))
        .map(LockException.class, 409).map(DatabaseException.class, 500).build();
  }

  private static ProblemEvent handle(ProblemEngine engine, Throwable t) {
    return engine.handle(t, ProblemEngine.Request.of("GET", "/"));
  }

  @Test
  void anAnnotated500IsAServerErrorItsMessageShownOnlyWhenDetailsAreExposed() {
    ProblemEvent hidden = handle(engine(false), new BrokenException("disk /dev/sda1 full"));
    ProblemEvent shown = handle(engine(true), new BrokenException("disk /dev/sda1 full"));
    ProblemEvent none = handle(engine(true), new BrokenException(null));

    assertThat(hidden.origin()).isEqualTo(ProblemEvent.Origin.ANNOTATED);
    assertThat(hidden.problem()).isEqualTo(Problem.builder().status(500)
        .instance("urn:uuid:00000000-0000-0000-0000-000000000001").build());
    assertThat(shown.problem().detail()).hasValue("disk /dev/sda1 full");
    assertThat(none.problem().detail()).isEmpty();
  }

  @Test
  void anAnnotatedClientErrorTakesTheMessageAndItsDeclaredMembers() {
    ProblemEvent r = handle(engine(false), new RejectedException("Order 7 cannot be shipped.", 7));

    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.ANNOTATED);
    assertThat(r.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(r.headers()).isEqualTo(HeaderFields.builder().add("Vary", "Accept")
        .add("Content-Type", "application/problem+json").build());
    assertThat(r.problem().title()).hasValue("Unprocessable order");
    assertThat(r.problem().detail()).hasValue("Order 7 cannot be shipped.");
    // Fields and methods, under their declared name, the method's own name, or the bare method name "get".
    assertThat(r.problem().extensions()).containsExactlyInAnyOrderEntriesOf(
        Map.of("orderId", 7, "reason", "stock", "get", "plain"));
    assertThat(handle(engine(false), new RejectedException(null, 8)).problem().detail()).isEmpty();
  }

  @Test
  void messageAsDetailOffKeepsAClientErrorsMessageEvenWhenDetailsAreExposed() {
    assertThat(handle(engine(true), new QuietException("internal words")).problem().detail()).isEmpty();
    assertThat(handle(engine(false), new QuietException("internal words")).problem().detail()).isEmpty();
  }

  @Test
  void aMappedServerErrorShowsItsMessageOnlyWhenDetailsAreExposedAndAMappedClientErrorNever() {
    ProblemEvent server = handle(engine(true), new DatabaseException("connection refused"));
    ProblemEvent hidden = handle(engine(false), new DatabaseException("connection refused"));
    ProblemEvent silent = handle(engine(true), new DatabaseException(null));
    ProblemEvent client = handle(engine(true), new LockException("row 7 is locked by tx 99"));

    assertThat(server.origin()).isEqualTo(ProblemEvent.Origin.MAPPED);
    assertThat(server.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(server.problem().detail()).hasValue("connection refused");
    assertThat(hidden.problem().detail()).isEmpty();
    assertThat(silent.problem().detail()).isEmpty();
    assertThat(client.origin()).isEqualTo(ProblemEvent.Origin.MAPPED);
    assertThat(client.problem()).isEqualTo(Problem.builder().status(409).build());
  }

  @Test
  void anUnhandledThrowableWithoutMessageIsNamedByItsClassWhenDetailsAreExposed() {
    assertThat(handle(engine(true), new IllegalStateException()).problem().detail())
        .hasValue("java.lang.IllegalStateException");
    assertThat(handle(engine(true), new IllegalStateException("boom")).problem().detail())
        .hasValue("java.lang.IllegalStateException: boom");
    // Mappings configured, none of them for this class: still the safe 500.
    ProblemEvent r = handle(engine(false), new IllegalArgumentException("x"));
    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
    assertThat(r.problem()).isEqualTo(Problem.builder().status(500)
        .instance("urn:uuid:00000000-0000-0000-0000-000000000001").build());
    assertThat(handle(engine(false), new IllegalArgumentException("x")).origin())
        .isEqualTo(ProblemEvent.Origin.UNHANDLED);
  }

  @Test
  void aMappedCauseIsFoundBehindAnUnmappedWrapper() {
    DatabaseException cause = new DatabaseException("refused");
    RuntimeException thrown = new RuntimeException("wrapper", cause);

    ProblemEvent r = handle(engine(false), thrown);

    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.MAPPED);
    assertThat(r.exception()).containsSame(thrown);
    assertThat(r.source()).containsSame(cause);
  }

  /** A classifier's answer keeps the throwables it names, and gets those it leaves out filled in. */
  @Test
  void aClassifiersAnswerKeepsTheThrowablesItNames() {
    IllegalStateException own = new IllegalStateException("own");
    ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).cdi(false)
        .classifier((t, request, settings) -> t instanceof UnsupportedOperationException
            ? new ProblemEngine.Classification(HttpStatus.CONFLICT, HeaderFields.empty(), Problem.of(409),
                ProblemEvent.Origin.MAPPED, own, own, "note")
            : t instanceof ArithmeticException
                ? ProblemEngine.Classification.mapped(HttpStatus.BAD_REQUEST, HeaderFields.empty(), Problem.builder())
                : null)
        .build();
    UnsupportedOperationException named = new UnsupportedOperationException();
    ArithmeticException cause = new ArithmeticException();
    RuntimeException wrapper = new RuntimeException(cause);

    ProblemEngine.Classification keeps = engine.classify(named, ProblemEngine.Request.of("GET", "/"));
    ProblemEngine.Classification filled = engine.classify(wrapper, ProblemEngine.Request.of("GET", "/"));

    assertThat(keeps.exception()).isSameAs(own);
    assertThat(keeps.source()).isSameAs(own);
    assertThat(keeps.note()).isEqualTo("note");
    assertThat(keeps.isUnhandled()).isFalse();
    assertThat(filled.exception()).isSameAs(wrapper);
    assertThat(filled.source()).isSameAs(cause);
    assertThat(filled.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(filled.problem()).isEqualTo(Problem.of(400));
    assertThat(engine.classify(new NotFoundException(), ProblemEngine.Request.of("GET", "/")).origin())
        .isEqualTo(ProblemEvent.Origin.HTTP_EXCEPTION);
    assertThat(engine.classify(new Error("x"), ProblemEngine.Request.of("GET", "/")).isUnhandled()).isTrue();
    assertThat(List.of(keeps.origin(), filled.origin())).containsOnly(ProblemEvent.Origin.MAPPED);
  }

  /** A classifier reads the adapter's request through the engine's view of it. */
  @Test
  void aClassifierSeesTheRequestAsTheAdapterGaveIt() {
    ProblemEngine.Endpoint endpoint = new ProblemEngine.Endpoint() {
      @Override
      public String retryAfter() {
        return "5";
      }
    };
    ProblemEngine.Request adapter = EndpointRequest.of("PATCH", "/orders/7", Map.of("X-Tenant", "acme"), () -> endpoint);
    List<Object> seen = new java.util.ArrayList<>();
    ProblemEngine engine = ProblemEngine.builder().serviceLoader(false).cdi(false)
        .classifier((t, request, settings) -> {
          seen.addAll(List.of(request.method(), request.path(), request.header("X-Tenant"), request.endpoint()));
          seen.add(String.valueOf(request.header("X-Other")));
          return null;
        }).build();

    engine.classify(new IllegalStateException(), adapter);

    assertThat(seen).containsExactly("PATCH", "/orders/7", "acme", endpoint, "null");
  }
}
