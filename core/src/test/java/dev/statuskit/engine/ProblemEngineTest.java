package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ConflictException;
import dev.statuskit.GoneException;
import dev.statuskit.HttpStatus;
import dev.statuskit.NotFoundException;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
import dev.statuskit.ServiceUnavailableException;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.UnauthorizedException;
import dev.statuskit.header.Challenge;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.representation.ProblemWriter;
import dev.statuskit.spi.ProblemCustomizer;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import jakarta.annotation.Priority;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ProblemEngineTest {

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

  /** Registered in META-INF/services of the test class path. */
  public static final class ServiceLoaded implements ProblemCustomizer {
    @Override
    public Problem customize(Problem problem, ProblemEvent event) {
      return problem.toBuilder().extension("loadedBy", "ServiceLoader").build();
    }
  }

  private final List<ProblemEvent> events = new ArrayList<>();

  private ProblemEngine.Builder builder() {
    return ProblemEngine.builder().serviceLoader(false).cdi(false).listener(events::add);
  }

  @Test
  void aRelativeTypeIsResolvedAgainstTheDocumentationBase() {
    ProblemEngine h = builder().settings(Settings.builder().set(Settings.PROBLEM_DOCS, "http://127.0.0.1:8080/problems")
        .build()).build();
    ProblemEvent relative = h.handle(new ConflictException().type(URI.create("edit-conflict")),
        ProblemEngine.Request.of("GET", "/"));
    ProblemEvent absolute = h.handle(new ConflictException().type(URI.create("https://a.example/x")),
        ProblemEngine.Request.of("GET", "/"));

    assertThat(relative.problem().type()).isEqualTo(URI.create("http://127.0.0.1:8080/problems/edit-conflict"));
    assertThat(absolute.problem().type()).isEqualTo(URI.create("https://a.example/x"));
    assertThat(builder().build().handle(new ConflictException().type(URI.create("edit-conflict")),
        ProblemEngine.Request.of("GET", "/")).problem().type()).isEqualTo(URI.create("edit-conflict"));
  }

  /** The page for people says what the response's header fields say: they reach the writer. */
  @Test
  void aBrowserIsToldWhenToTryAgainAndWhatToQuoteToSupport() {
    ProblemEngine h = builder().build();
    Map<String, String> browser = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    ProblemEvent limited = h.handle(new TooManyRequestsException().retryAfter(java.time.Duration.ofSeconds(30)),
        ProblemEngine.Request.of("GET", "/search", browser));
    ProblemEvent blocked = h.handle(new dev.statuskit.UnavailableForLegalReasonsException(
        URI.create("https://authority.example/orders/7")), ProblemEngine.Request.of("GET", "/book/9", browser));
    ProblemEvent failed = h.handle(new IllegalStateException("password=hunter2"),
        ProblemEngine.Request.of("GET", "/", browser));

    assertThat(limited.mediaType()).hasValue(ProblemMediaType.HTML);
    assertThat(new String(limited.body(), StandardCharsets.UTF_8))
        .contains("<p class=\"when\">Try again in 30 seconds, at <time datetime=\"");
    assertThat(new String(blocked.body(), StandardCharsets.UTF_8)).contains("<p class=\"where\">Blocked by "
        + "<a href=\"https://authority.example/orders/7\">https://authority.example/orders/7</a>.</p>");
    assertThat(new String(failed.body(), StandardCharsets.UTF_8))
        .contains("<p class=\"reference\">If you contact support, quote this reference: <code>"
            + failed.problem().instance().orElseThrow() + "</code></p>")
        .doesNotContain("password", "hunter2", "IllegalStateException", "about:blank");
  }

  @Test
  void customizersRunInPriorityOrderAndListenersSeeTheFinalProblem() {
    ProblemEngine h = builder().customizer(new Second()).customizer(new First()).build();
    ProblemEvent r = h.handle(new NotFoundException("No order 42."), ProblemEngine.Request.of("GET", "/orders/42"));
    assertThat(r.problem().extensions()).containsEntry("order", "first,second").containsEntry("path", "/orders/42");
    assertThat(events).containsExactly(r);
    assertThat(r.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.exception()).containsInstanceOf(NotFoundException.class);
    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.HTTP_EXCEPTION);
  }

  /** The event is the response: every header field, the representation and the exact bytes. */
  @Test
  void theEventIsTheWholeResponse() {
    ProblemEngine h = builder().build();
    ProblemEvent r = h.handle(new TooManyRequestsException().retryAfter(java.time.Duration.ofSeconds(30)),
        ProblemEngine.Request.of("GET", "/search", Map.of("Accept", "application/problem+xml")));
    assertThat(r.headers().asMap()).containsExactly(
        Map.entry("Retry-After", List.of("30")),
        Map.entry("Cache-Control", List.of("no-store")),
        Map.entry("Vary", List.of("Accept")),
        Map.entry("Content-Type", List.of("application/problem+xml")));
    assertThat(r.mediaType()).hasValue(ProblemMediaType.XML);
    assertThat(r.body()).isEqualTo(ProblemWriter.defaults().toBytes(r.problem(), ProblemMediaType.XML));
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<status>429</status>");
    assertThat(events).containsExactly(r);
  }

  @Test
  void aVaryThatCoversAcceptIsNotRepeated() {
    HeaderFields vary = HeaderFields.builder().add("Vary", "Origin, Accept").build();
    ProblemEvent r = builder().build().complete(builder().build().forStatus(HttpStatus.NOT_FOUND, vary, null, null,
        null), ProblemEngine.Request.of("GET", "/"));
    assertThat(r.headers().all("Vary")).containsExactly("Origin, Accept");
    ProblemEvent star = builder().build().complete(builder().build().forStatus(HttpStatus.NOT_FOUND,
        HeaderFields.builder().add("Vary", "*").build(), null, null, null), ProblemEngine.Request.of("GET", "/"));
    assertThat(star.headers().all("Vary")).containsExactly("*");
  }

  @Test
  void aStatusWithoutContentGetsNoRepresentation() {
    ProblemEvent r = builder().build().complete(builder().build().forStatus(HttpStatus.NOT_MODIFIED,
        HeaderFields.builder().add("ETag", "\"v1\"").build(), null, null, null), ProblemEngine.Request.of("GET", "/"));
    assertThat(r.mediaType()).isEmpty();
    assertThat(r.bodyLength()).isZero();
    assertThat(r.headers().asMap()).containsOnlyKeys("ETag");
  }

  @Test
  void aThrowingCustomizerOrListenerDoesNotBreakTheResponse() {
    ProblemCustomizer broken = (p, e) -> {
      throw new IllegalStateException("customizer bug");
    };
    ProblemListener brokenListener = e -> {
      throw new IllegalStateException("listener bug");
    };
    ProblemEngine h = builder().customizer(broken).customizer(new First()).listener(brokenListener).build();
    ProblemEvent r = h.handle(new IllegalArgumentException("x"), ProblemEngine.Request.of("POST", "/orders"));
    assertThat(r.status().code()).isEqualTo(500);
    assertThat(r.problem().extensions()).containsEntry("order", "first");
    assertThat(r.bodyLength()).isPositive();
    assertThat(events).hasSize(1);
  }

  @Test
  void aCustomizerCannotChangeTheStatus() {
    ProblemEngine h = builder().customizer((p, e) -> p.toBuilder().status(200).build()).build();
    assertThat(h.handle(new ConflictException(), ProblemEngine.Request.of("GET", "/")).problem().status()).hasValue(409);
  }

  /** A customizer sees the answer so far: status and header fields, no representation yet. */
  @Test
  void customizersSeeTheAnswerSoFar() {
    List<ProblemEvent> seen = new ArrayList<>();
    builder().customizer((p, e) -> {
      seen.add(e);
      return p;
    }).build().handle(new TooManyRequestsException(), ProblemEngine.Request.of("GET", "/"));
    assertThat(seen).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
      assertThat(e.headers().all("Cache-Control")).containsExactly("no-store");
      assertThat(e.mediaType()).isEmpty();
    });
  }

  @Test
  void statusOnlyErrorsHaveNoExceptionAndKeepHeadersAndClientDetail() {
    ProblemEngine h = builder().build();
    HeaderFields allow = HeaderFields.builder().add("Allow", "GET, HEAD").build();
    ProblemEvent r = h.complete(h.forStatus(HttpStatus.METHOD_NOT_ALLOWED, allow, "Use GET.", null, "sendError(405)"),
        ProblemEngine.Request.of("DELETE", "/orders/1"));
    assertThat(r.origin()).isEqualTo(ProblemEvent.Origin.STATUS);
    assertThat(r.headers().all("Allow")).containsExactly("GET, HEAD");
    assertThat(r.problem().detail()).hasValue("Use GET.");
    assertThat(r.problem().title()).hasValue("Method Not Allowed");
    assertThat(r.exception()).isEmpty();
    assertThat(r.source()).isEmpty();
    assertThat(events.get(0).exception()).isEmpty();
  }

  @Test
  void statusOnlyServerErrorsDropTheDetailAndGetAnOccurrenceId() {
    ProblemEngine h = builder().build();
    ProblemEvent r = h.complete(h.forStatus(HttpStatus.BAD_GATEWAY, HeaderFields.empty(),
        "upstream 10.0.0.7:8080 refused", null, null), ProblemEngine.Request.of("GET", "/"));
    assertThat(r.problem().detail()).isEmpty();
    assertThat(r.problem().instance()).hasValueSatisfying(u -> assertThat(u.toString()).startsWith("urn:uuid:"));
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("10.0.0.7");
  }

  @Test
  void statusesCachesMustNotStoreSayNoStore() {
    ProblemEngine h = builder().build();
    for (HttpStatus s : HttpStatus.values()) {
      if (s.isError()) {
        ProblemEvent r = h.complete(h.forStatus(s, HeaderFields.empty(), null, null, null), ProblemEngine.Request.of("GET", "/"));
        assertThat(r.headers().contains("Cache-Control")).as("%s", s).isEqualTo(!s.isStorable());
      }
    }
    assertThat(h.handle(new TooManyRequestsException().header("Cache-Control", "private"), ProblemEngine.Request.of("GET", "/")).headers()
        .all("Cache-Control")).containsExactly("private");
  }

  /** An endpoint's defaults fill in what the problem lacks, and are read only then. */
  @Test
  void endpointDefaultsFillWhatIsLackingAndAreReadOnlyThen() {
    int[] reads = {0};
    ProblemEngine.Endpoint endpoint = new ProblemEngine.Endpoint() {
      @Override
      public @Nullable String retryAfter() {
        return "120";
      }

      @Override
      public @Nullable String challenge() {
        return "Bearer realm=\"orders\"";
      }

      @Override
      public URI type(URI type) {
        return type.isAbsolute() ? type : URI.create("https://api.example/problems/").resolve(type);
      }
    };
    ProblemEngine.Request request = EndpointRequest.of("GET", "/orders", Map.of(), () -> {
      reads[0]++;
      return endpoint;
    });
    ProblemEngine h = builder().build();
    ProblemEvent busy = h.handle(new ServiceUnavailableException(), request);
    assertThat(busy.headers().all("Retry-After")).containsExactly("120");
    ProblemEvent own = h.handle(new TooManyRequestsException().retryAfter(java.time.Duration.ofSeconds(5)), request);
    assertThat(own.headers().all("Retry-After")).containsExactly("5");
    ProblemEvent unauthorized = h.complete(h.forStatus(HttpStatus.UNAUTHORIZED, HeaderFields.empty(), null, null,
        null), request);
    assertThat(unauthorized.headers().all("WWW-Authenticate")).containsExactly("Bearer realm=\"orders\"");
    ProblemEvent challenged = h.handle(new UnauthorizedException(Challenge.of("Basic")), request);
    assertThat(challenged.headers().all("WWW-Authenticate")).containsExactly("Basic");
    ProblemEvent typed = h.handle(new ConflictException().type(URI.create("stale")), request);
    assertThat(typed.problem().type()).isEqualTo(URI.create("https://api.example/problems/stale"));
    assertThat(reads[0]).isEqualTo(3); // not for the 429 with its own Retry-After, nor the 401 with its challenge
    h.handle(new GoneException(), request);
    assertThat(reads[0]).isEqualTo(3); // a 410 lacks nothing an endpoint supplies
  }

  @Test
  void serviceLoaderFindsRegisteredHooks() {
    ProblemEngine h = ProblemEngine.builder().cdi(false).build();
    ProblemEvent r = h.handle(new GoneException(), ProblemEngine.Request.of("GET", "/old"));
    assertThat(r.problem().extensions()).containsEntry("loadedBy", "ServiceLoader");
  }

  @Test
  void priorityIsReadWithoutTheAnnotationApiBeingRequired() {
    assertThat(Hooks.priority(new First())).isEqualTo(10);
    assertThat(Hooks.priority((ProblemCustomizer) (p, e) -> p)).isEqualTo(5000);
  }

  /** Counts the reads of the request, as an adapter whose every read costs a context lookup would. */
  private static final class CountingRequest implements ProblemEngine.Request {
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

    @Override
    public @Nullable String header(String name) {
      return null;
    }
  }

  @Test
  void theRequestLineIsReadOnlyWhenAHookOrTheLogNeedsIt() {
    ProblemEngine bare = ProblemEngine.builder().serviceLoader(false).cdi(false).build();
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("dev.statuskit");
    java.util.logging.Level before = log.getLevel();
    log.setLevel(java.util.logging.Level.INFO); // 4xx records (DEBUG) are not written, 5xx ones are
    try {
      CountingRequest quiet = new CountingRequest();
      ProblemEvent r = bare.handle(new TooManyRequestsException(), quiet);
      assertThat(quiet.reads).isZero();
      assertThat(r.headers().all("Cache-Control")).containsExactly("no-store");

      CountingRequest logged = new CountingRequest();
      bare.handle(new IllegalStateException("boom"), logged);
      assertThat(logged.reads).isEqualTo(2);

      CountingRequest hooked = new CountingRequest();
      builder().customizer(new First()).build().handle(new NotFoundException(), hooked);
      assertThat(hooked.reads).isEqualTo(2); // read once each, shared by the customizer, the listener and the log
      assertThat(events).hasSize(1);
      assertThat(events.get(0).method()).isEqualTo("GET");
      assertThat(events.get(0).path()).isEqualTo("/orders/42");
      assertThat(events.get(0).problem().extensions()).containsEntry("path", "/orders/42");
    } finally {
      log.setLevel(before);
    }
  }

  /** An adapter's classifier runs after StatusKit's exceptions and before configured mappings. */
  @Test
  void adapterClassifiersRunBetweenStatusKitExceptionsAndMappings() {
    ProblemEngine h = builder()
        .map(IllegalStateException.class, 409)
        .classifier((element, request, settings) -> element instanceof IllegalStateException
            ? ProblemEngine.Classification.mapped(HttpStatus.LOCKED, HeaderFields.empty(), Problem.builder())
            : null)
        .build();
    ProblemEvent mapped = h.handle(new IllegalStateException(), ProblemEngine.Request.of("GET", "/"));
    assertThat(mapped.status()).isEqualTo(HttpStatus.LOCKED);
    assertThat(mapped.origin()).isEqualTo(ProblemEvent.Origin.MAPPED);
    assertThat(mapped.exception()).containsInstanceOf(IllegalStateException.class);
    ProblemEvent typed = h.handle(new java.util.concurrent.CompletionException(new ConflictException()), ProblemEngine.Request.of("GET", "/"));
    assertThat(typed.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(typed.source()).containsInstanceOf(ConflictException.class);
  }

  /** A 5xx gets its occurrence id without losing or copying anything else of its problem. */
  @Test
  void anOccurrenceIdKeepsTheServerErrorsMembers() {
    ProblemEngine h = builder().build();
    ProblemEvent r = h.handle(new ServiceUnavailableException("Down for maintenance.").extension("window", "PT5M"),
        ProblemEngine.Request.of("GET", "/"));
    assertThat(r.status().code()).isEqualTo(503);
    assertThat(r.problem().instance()).hasValueSatisfying(u -> assertThat(u.toString()).startsWith("urn:uuid:"));
    assertThat(r.problem().detail()).hasValue("Down for maintenance.");
    assertThat(r.problem().title()).hasValue("Service Unavailable");
    assertThat(r.problem().extensions()).containsExactly(Map.entry("window", "PT5M"));
  }

  /** The engine copies its configuration: an adapter adds classifiers without changing the application's engine. */
  @Test
  void toBuilderKeepsTheConfigurationAndLeavesTheEngineAsItWas() {
    ProblemEngine own = builder().map(IllegalStateException.class, 409).build();
    ProblemEngine extended = own.toBuilder().classifier((e, r, s) -> null).build();
    assertThat(extended.handle(new IllegalStateException(), ProblemEngine.Request.of("GET", "/")).status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(extended.settings()).isSameAs(own.settings());
  }

  private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  private static ProblemEngine.Request traced(String traceparent) {
    return ProblemEngine.Request.of("GET", "/orders", Map.of("traceparent", traceparent));
  }

  /** A valid traceparent's trace id goes into 4xx and 5xx problems, in every representation. */
  @Test
  void aValidTraceparentsTraceIdIsAMemberOfEveryProblem() {
    ProblemEngine h = builder().build();
    ProblemEvent client = h.handle(new NotFoundException(), traced(TRACEPARENT));
    assertThat(client.problem().extensions()).containsExactly(Map.entry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"));
    ProblemEvent server = h.handle(new IllegalStateException("boom"), traced(TRACEPARENT));
    assertThat(server.problem().extensions()).containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(server.problem().instance()).isPresent(); // the occurrence id stays
    ProblemEvent xml = h.handle(new NotFoundException(), ProblemEngine.Request.of("GET", "/", Map.of("traceparent",
        TRACEPARENT, "Accept", "application/problem+xml")));
    assertThat(new String(xml.body(), StandardCharsets.UTF_8))
        .contains("<traceId>4bf92f3577b34da6a3ce929d0e0e4736</traceId>");
  }

  /** Hostile traceparent values are ignored: none reaches a body or a header field. */
  @Test
  void anInvalidTraceparentIsIgnoredAndNeverRepeated() {
    ProblemEngine h = builder().build();
    for (String hostile : List.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\nX-Evil: 1",
        "00-<script>alert(1)</script>0000000000-00f067aa0ba902b7-01", "x".repeat(10_000),
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01")) {
      ProblemEvent e = h.handle(new NotFoundException(), traced(hostile));
      assertThat(e.problem().extensions()).isEmpty();
      assertThat(new String(e.body(), StandardCharsets.UTF_8)).doesNotContain("script").doesNotContain("Evil")
          .doesNotContain("xxxx");
      assertThat(e.headers().toString()).doesNotContain("Evil");
    }
  }

  @Test
  void theTraceIdMemberCanBeRenamedOrTurnedOffAndACustomizersValueWins() {
    ProblemEngine renamed = builder().settings(Settings.builder().set(Settings.TRACE_ID_MEMBER, "trace_id").build())
        .build();
    assertThat(renamed.handle(new NotFoundException(), traced(TRACEPARENT)).problem().extensions())
        .containsOnlyKeys("trace_id");
    ProblemEngine off = builder().settings(Settings.builder().set(Settings.TRACE_ID_MEMBER, "").build()).build();
    assertThat(off.handle(new NotFoundException(), traced(TRACEPARENT)).problem().extensions()).isEmpty();
    ProblemEngine customized = builder().customizer((p, e) -> p.toBuilder().extension("traceId", "from-otel").build())
        .build();
    assertThat(customized.handle(new NotFoundException(), traced(TRACEPARENT)).problem().extensions())
        .containsExactly(Map.entry("traceId", "from-otel"));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Settings.builder().set(Settings.TRACE_ID_MEMBER, "status"))
        .withMessageContaining("statuskit.trace-id-member");
  }
}
