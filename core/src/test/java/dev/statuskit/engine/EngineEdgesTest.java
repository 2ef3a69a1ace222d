package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ConflictException;
import dev.statuskit.HttpStatus;
import dev.statuskit.LogRecords;
import dev.statuskit.NotFoundException;
import dev.statuskit.Problem;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.spi.ProblemListener;
import jakarta.annotation.Priority;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's stages at their edges: limits, defaults, message keys, and what a skipped hook logs. */
class EngineEdgesTest {

  @TempDir
  Path dir;

  private static ProblemEngine.Builder builder() {
    return ProblemEngine.builder().serviceLoader(false).cdi(false);
  }

  private static ProblemEvent handle(ProblemEngine e, Throwable t, Map<String, String> headers) {
    return e.handle(t, ProblemEngine.Request.of("GET", "/", headers));
  }

  @Test
  void anAnswerExactlyAtTheDepthLimitOfTheCauseChainIsNotFound() {
    Throwable t = new NotFoundException();
    for (int i = 0; i < ProblemEngine.MAX_CAUSE_DEPTH; i++) {
      t = new RuntimeException("wrap", t);
    }

    assertThat(handle(builder().build(), t, Map.of()).origin()).isEqualTo(ProblemEvent.Origin.UNHANDLED);
  }

  @Test
  void aStatusDetailIsKeptForA4xxButNotFor500NorWhenItRepeatsThePhraseOrIsBlank() {
    ProblemEngine e = builder().build();
    ProblemEngine exposing = builder().settings(Settings.builder().exposeDetails(true).build()).build();

    assertThat(e.forStatus(HttpStatus.valueOf(499), HeaderFields.empty(), "client went away", null, null).problem()
        .detail()).hasValue("client went away");
    assertThat(e.forStatus(HttpStatus.INTERNAL_SERVER_ERROR, HeaderFields.empty(), "disk full", null, null).problem()
        .detail()).isEmpty();
    assertThat(exposing.forStatus(HttpStatus.INTERNAL_SERVER_ERROR, HeaderFields.empty(), "disk full", null, null)
        .problem().detail()).hasValue("disk full");
    assertThat(e.forStatus(HttpStatus.NOT_FOUND, HeaderFields.empty(), "NOT FOUND", null, null).problem().detail())
        .isEmpty();
    assertThat(e.forStatus(HttpStatus.NOT_FOUND, HeaderFields.empty(), " \t", null, null).problem().detail())
        .isEmpty();
    assertThat(e.forStatus(HttpStatus.NOT_FOUND, HeaderFields.empty(), null, null, null).problem().detail())
        .isEmpty();
  }

  @Test
  void aClassificationGivesItsProblemItsStatus() {
    ProblemEngine.Classification c = new ProblemEngine.Classification(HttpStatus.CONFLICT, HeaderFields.empty(),
        Problem.builder().build(), ProblemEvent.Origin.MAPPED, null, null, null);
    Problem stated = Problem.builder().status(409).detail("d").build();

    assertThat(c.problem().status()).hasValue(409);
    assertThat(new ProblemEngine.Classification(HttpStatus.CONFLICT, HeaderFields.empty(), stated,
        ProblemEvent.Origin.MAPPED, null, null, null).problem()).isSameAs(stated);
  }

  @Test
  void anEndpointWithoutDefaultsSuppliesNothing() {
    URI type = URI.create("relative");

    assertThat(ProblemEngine.Endpoint.NONE.retryAfter()).isNull();
    assertThat(ProblemEngine.Endpoint.NONE.challenge()).isNull();
    assertThat(ProblemEngine.Endpoint.NONE.type(type)).isSameAs(type);
  }

  @Test
  void aVaryValueMayStartWithAnEmptyElement() {
    assertThat(ContentNegotiation.varyCovers(",Accept", "Accept")).isTrue();
    assertThat(ContentNegotiation.varyCovers(", ,accept-language", "Accept-Language")).isTrue();
    assertThat(ContentNegotiation.varyCovers(",", "Accept")).isFalse();
  }

  @Test
  void theAnnotationOfTheCauseThatDecidedGivesTheMessageKeys() {
    RuntimeException wrapper = new RuntimeException("wrapper", new LocalizeTest.SoldOut("B-7"));

    ProblemEvent r = handle(builder().build(), wrapper, Map.of("Accept-Language", "de"));

    assertThat(r.problem().title()).hasValue("Ausverkauft");
    assertThat(r.problem().detail()).hasValue("Artikel B-7 ist nicht vorrätig (Status 409).");
  }

  @Test
  void aProblemTypeWithoutTitleGetsTheShippedTitleOfItsStatus() {
    ConflictException e = new ConflictException();
    e.type(URI.create("https://api.example/problems/unknown-to-the-messages"));

    ProblemEvent r = handle(builder().build(), e, Map.of("Accept-Language", "de"));

    assertThat(r.problem().title()).hasValue("Konflikt");
    assertThat(r.headers().all("Content-Language")).containsExactly("de");
  }

  static final class Bounced extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bounced() {
      super("Mail bounced.");
    }
  }

  static final class Returned extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void messagesOfTheExceptionClassAndOfTheTypeAreUsedAsTheyAreWithoutPlaceholders() throws IOException {
    Path file = dir.resolve("edge/msgs_de.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Bounced.class.getName() + ".title=Unzustellbar\n" + Bounced.class.getName()
        + ".detail=Die Nachricht kam zurück.\nhttps\\://api.example/p.detail=Typ ohne Platzhalter.\n"
        + Returned.class.getName() + ".detail=Nach der Klasse.\n", StandardCharsets.UTF_8);
    ProblemEngine e = builder().classLoader(new URLClassLoader(new URL[] {dir.toUri().toURL()},
        EngineEdgesTest.class.getClassLoader())).map(Bounced.class, 422)
        .map(Returned.class, 422, URI.create("https://api.example/p"), null)
        .settings(Settings.builder().set(Settings.MESSAGES, "edge.msgs").build()).build();
    ConflictException typed = new ConflictException("Literal.");
    typed.type(URI.create("https://api.example/p"));

    ProblemEvent bounced = handle(e, new Bounced(), Map.of("Accept-Language", "de"));
    ProblemEvent byType = handle(e, typed, Map.of("Accept-Language", "de"));

    assertThat(bounced.problem().title()).hasValue("Unzustellbar");
    assertThat(bounced.problem().detail()).hasValue("Die Nachricht kam zurück.");
    assertThat(byType.problem().detail()).hasValue("Typ ohne Platzhalter.");
    // Both keys have a message: the type's comes before the class's.
    assertThat(handle(e, new Returned(), Map.of("Accept-Language", "de")).problem().detail())
        .hasValue("Typ ohne Platzhalter.");
  }

  @Test
  void aThrownHttpExceptionIsAnsweredAsItsClassificationIsCompleted() {
    ProblemEngine e = builder().occurrenceIds(() -> URI.create("urn:uuid:00000000-0000-0000-0000-000000000001")).build();
    List<java.util.function.Supplier<dev.statuskit.HttpException>> thrown = List.of(
        () -> new dev.statuskit.TooManyRequestsException("Slow down.").retryAfter(java.time.Duration.ofSeconds(60))
            .type(URI.create("https://example.com/probs/rate")).instance(URI.create("/orders/1"))
            .extension("limit", 100).extension("window", "PT1M"),
        () -> new ConflictException("Version 3 is not the current one.").header("Cache-Control", "private")
            .header("Vary", "Origin").cause(new IllegalStateException("stale")),
        () -> new dev.statuskit.ServiceUnavailableException().retryAfter(java.time.Duration.ofSeconds(5)),
        () -> new dev.statuskit.NotModifiedException(dev.statuskit.header.EntityTag.strong("v3")),
        () -> new NotFoundException("No order 42.").type(URI.create("/probs/missing")));
    List<Map<String, String>> requests = List.of(Map.of(), Map.of("Accept", "application/problem+xml"),
        Map.of("Accept-Language", "de"), // (the HTML page says when to retry by the clock)
        Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
    for (java.util.function.Supplier<dev.statuskit.HttpException> exception : thrown) {
      for (Map<String, String> headers : requests) {
        ProblemEngine.Request request = ProblemEngine.Request.of("GET", "/orders/1", headers);
        dev.statuskit.HttpException first = exception.get();
        dev.statuskit.HttpException second = exception.get();
        ProblemEvent handled = e.handle(first, request);
        ProblemEvent completed = e.complete(e.classify(second, request), request);
        assertThat(handled.status()).isEqualTo(completed.status());
        assertThat(handled.headers().names()).isEqualTo(completed.headers().names());
        assertThat(handled.headers().asMap()).isEqualTo(completed.headers().asMap());
        assertThat(handled.problem()).isEqualTo(completed.problem());
        assertThat(handled.mediaType()).isEqualTo(completed.mediaType());
        assertThat(handled.body()).isEqualTo(completed.body());
        assertThat(handled.origin()).isEqualTo(completed.origin()).isEqualTo(ProblemEvent.Origin.HTTP_EXCEPTION);
        assertThat(handled.exception()).containsSame(first);
        assertThat(handled.source()).containsSame(first);
        assertThat(completed.exception()).containsSame(second);
        assertThat(handled.method() + " " + handled.path()).isEqualTo("GET /orders/1");
      }
    }
  }

  @Test
  void aStageThatFailsIsSkippedAndLogged() throws Exception {
    ProblemEngine.Request bad = EndpointRequest.of("GET", "/", Map.of(), () -> new ProblemEngine.Endpoint() {
      @Override
      public String retryAfter() {
        return "soon\r\nX-Injected: 1";
      }
    });
    ProblemEngine e = builder().build();
    List<ProblemEvent> r = new ArrayList<>();

    List<String> log = LogRecords.during(Level.WARNING,
        () -> r.add(e.handle(new dev.statuskit.ServiceUnavailableException(), bad)));

    assertThat(r.get(0).status().code()).isEqualTo(503);
    assertThat(r.get(0).headers().contains("Retry-After")).isFalse();
    assertThat(log.get(0)).startsWith("WARNING StatusKit skipped its stage EndpointDefaults for a 503");
  }

  /** A listener that notes its name. */
  abstract static class Noting implements ProblemListener {
    private final List<String> heard;
    private final String name;

    Noting(List<String> heard, String name) {
      this.heard = heard;
      this.name = name;
    }

    @Override
    public void onProblem(ProblemEvent event) {
      heard.add(name);
    }
  }

  @Priority(2)
  static final class Second extends Noting {
    Second(List<String> heard) {
      super(heard, "second");
    }
  }

  @Priority(1)
  static final class First extends Noting {
    First(List<String> heard) {
      super(heard, "first");
    }
  }

  @Test
  void listenersHearInPriorityOrder() {
    List<String> heard = new ArrayList<>();

    handle(builder().listener(new Second(heard)).listener(new First(heard)).build(), new NotFoundException(), Map.of());

    assertThat(heard).containsExactly("first", "second");
  }

  @Test
  void eachSkippedHookIsLoggedByName() throws Exception {
    ProblemEngine e = builder()
        .customizer((p, ev) -> p.toBuilder().status(400).build())
        .customizer((p, ev) -> {
          throw new IllegalStateException("customizer bug");
        })
        .listener(ev -> {
          throw new IllegalStateException("listener bug");
        })
        .localeResolver((request, supported) -> {
          throw new IllegalStateException("no session");
        }).build();

    List<String> log = LogRecords.during(Level.WARNING, () -> handle(e, new NotFoundException(), Map.of()));

    assertThat(log).hasSize(4);
    assertThat(log.get(0)).startsWith("WARNING StatusKit ignored ").endsWith(": it changed the problem's status, which must"
        + " equal the response status (RFC 9457 §3.1.2)");
    assertThat(log.get(1)).startsWith("WARNING StatusKit skipped problem customizer ");
    assertThat(log.get(2)).startsWith("WARNING StatusKit's locale resolver ").endsWith(" failed; the problem stays unlocalized");
    assertThat(log.get(3)).startsWith("WARNING StatusKit problem listener ").endsWith(" failed");
  }
}
