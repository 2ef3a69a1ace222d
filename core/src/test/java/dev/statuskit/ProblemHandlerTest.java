package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemListener;
import jakarta.annotation.Priority;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemHandlerTest {

  @Priority(20)
  static final class Second implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      return problem.toBuilder().extension("order", problem.extensions().get("order") + ",second").build();
    }
  }

  @Priority(10)
  static final class First implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      return problem.toBuilder().extension("order", "first").extension("path", event.path()).build();
    }
  }

  private final List<ProblemEvent> events = new ArrayList<>();

  private ProblemHandler.Builder builder() {
    return ProblemHandler.builder().serviceLoader(false).cdi(false).listener(events::add);
  }

  @Test
  void customizersRunInPriorityOrderAndListenersSeeTheFinalProblem() {
    ProblemHandler h = builder().customizer(new Second()).customizer(new First()).build();
    Resolution r = h.handle(new NotFoundException("No order 42."), "GET", "/orders/42");
    assertThat(r.problem().extensions()).containsEntry("order", "first,second").containsEntry("path", "/orders/42");
    assertThat(events).hasSize(1);
    ProblemEvent e = events.get(0);
    assertThat(e.problem()).isEqualTo(r.problem());
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.exception()).containsInstanceOf(NotFoundException.class);
  }

  @Test
  void aThrowingCustomizerOrListenerDoesNotBreakTheResponse() {
    ProblemCustomizer broken = (p, e) -> {
      throw new IllegalStateException("customizer bug");
    };
    ProblemListener brokenListener = e -> {
      throw new IllegalStateException("listener bug");
    };
    ProblemHandler h = builder().customizer(broken).customizer(new First()).listener(brokenListener).build();
    Resolution r = h.handle(new IllegalArgumentException("x"), "POST", "/orders");
    assertThat(r.status().code()).isEqualTo(500);
    assertThat(r.problem().extensions()).containsEntry("order", "first");
    assertThat(events).hasSize(1);
  }

  @Test
  void aCustomizerCannotChangeTheStatus() {
    ProblemHandler h = builder().customizer((p, e) -> p.toBuilder().status(200).build()).build();
    assertThat(h.handle(new ConflictException(), "PUT", "/x").problem().status()).hasValue(409);
  }

  @Test
  void statusOnlyErrorsKeepHeadersAndClientDetail() {
    ProblemHandler h = builder().build();
    HeaderFields allow = HeaderFields.builder().add("Allow", "GET, HEAD").build();
    Resolution r = h.handleStatus(HttpStatus.METHOD_NOT_ALLOWED, allow, "Use GET.", "DELETE", "/orders/1");
    assertThat(r.kind()).isEqualTo(Resolution.Kind.STATUS);
    assertThat(r.headers()).isEqualTo(allow);
    assertThat(r.problem().detail()).hasValue("Use GET.");
    assertThat(r.problem().title()).hasValue("Method Not Allowed");
    assertThat(events.get(0).exception()).isEmpty();
  }

  @Test
  void statusOnlyServerErrorsDropTheDetailAndGetAnOccurrenceId() {
    Resolution r = builder().build().handleStatus(HttpStatus.BAD_GATEWAY, HeaderFields.empty(),
        "upstream 10.0.0.7:8080 refused", "GET", "/");
    assertThat(r.problem().detail()).isEmpty();
    assertThat(r.problem().instance()).hasValueSatisfying(u -> assertThat(u.toString()).startsWith("urn:uuid:"));
  }

  @Test
  void statusesCachesMustNotStoreSayNoStore() {
    ProblemHandler h = builder().build();
    assertThat(h.handle(new TooManyRequestsException(), "GET", "/").headers().all("Cache-Control")).containsExactly("no-store");
    assertThat(h.handle(new TooManyRequestsException().header("Cache-Control", "private"), "GET", "/").headers()
        .all("Cache-Control")).containsExactly("private");
    assertThat(h.handle(new NotFoundException(), "GET", "/").headers().contains("Cache-Control")).isFalse();
  }

  @Test
  void serviceLoaderFindsRegisteredHooks() {
    ProblemHandler h = ProblemHandler.builder().cdi(false).build();
    Resolution r = h.handle(new GoneException(), "GET", "/old");
    assertThat(r.problem().extensions()).containsEntry("loadedBy", "ServiceLoader");
  }

  @Test
  void priorityIsReadWithoutTheAnnotationApiBeingRequired() {
    assertThat(ProblemHandler.priority(new First())).isEqualTo(10);
    assertThat(ProblemHandler.priority((ProblemCustomizer) (p, e) -> p)).isEqualTo(5000);
  }

  /** Registered in META-INF/services of the test class path. */
  public static final class ServiceLoaded implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      return problem.toBuilder().extension("loadedBy", "ServiceLoader").build();
    }
  }

  /** Counts the reads of the request, as an adapter whose every read costs a context lookup would. */
  private static final class CountingRequest implements ProblemHandler.RequestLine {
    int reads;

    @Override
    public String method() {
      reads++;
      return "GET";
    }

    @Override
    public String path() {
      reads++;
      return "/orders/42";
    }
  }

  @Test
  void theRequestIsReadOnlyWhenAHookOrTheLogNeedsIt() {
    ProblemHandler bare = ProblemHandler.builder().serviceLoader(false).cdi(false).build();
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("dev.statuskit");
    java.util.logging.Level before = log.getLevel();
    log.setLevel(java.util.logging.Level.INFO); // 4xx records (DEBUG) are not written, 5xx ones are
    try {
      CountingRequest quiet = new CountingRequest();
      Resolution r = bare.complete(bare.resolver().resolve(new TooManyRequestsException()), quiet);
      assertThat(quiet.reads).isZero();
      assertThat(r.headers().all("Cache-Control")).containsExactly("no-store");

      CountingRequest logged = new CountingRequest();
      bare.complete(bare.resolver().resolve(new IllegalStateException("boom")), logged);
      assertThat(logged.reads).isEqualTo(2);

      CountingRequest hooked = new CountingRequest();
      builder().customizer(new First()).build().complete(bare.resolver().resolve(new NotFoundException()), hooked);
      assertThat(hooked.reads).isEqualTo(2); // read once each, shared by the customizer, the listener and the log
      assertThat(events).hasSize(1);
      assertThat(events.get(0).method()).isEqualTo("GET");
      assertThat(events.get(0).path()).isEqualTo("/orders/42");
      assertThat(events.get(0).problem().extensions()).containsEntry("path", "/orders/42");
    } finally {
      log.setLevel(before);
    }
  }

  /** The event listeners see is the final resolution, header fields included, also when a customizer ran. */
  @Test
  void listenersSeeTheNoStoreFieldTheResponseCarries() {
    ProblemCustomizer unchanged = (p, e) -> p;
    Resolution r = builder().customizer(unchanged).build().handle(new TooManyRequestsException(), "GET", "/search");
    assertThat(r.headers().all("Cache-Control")).containsExactly("no-store");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).resolution().headers().all("Cache-Control")).containsExactly("no-store");
    assertThat(events.get(0).resolution()).isSameAs(r);
  }

  /** A 5xx gets its occurrence id without losing or copying anything else of its problem. */
  @Test
  void anOccurrenceIdKeepsTheServerErrorsMembers() {
    ProblemHandler h = ProblemHandler.builder().serviceLoader(false).cdi(false).build();
    Resolution r = h.handle(new ServiceUnavailableException("Down for maintenance.").extension("window", "PT5M"), "GET", "/");
    assertThat(r.status().code()).isEqualTo(503);
    assertThat(r.problem().instance()).hasValueSatisfying(u -> assertThat(u.toString()).startsWith("urn:uuid:"));
    assertThat(r.problem().detail()).hasValue("Down for maintenance.");
    assertThat(r.problem().title()).hasValue("Service Unavailable");
    assertThat(r.problem().extensions()).containsExactly(java.util.Map.entry("window", "PT5M"));
  }
}
