package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ConflictException;
import dev.statuskit.HttpStatus;
import dev.statuskit.NotFoundException;
import dev.statuskit.Problem;
import dev.statuskit.ProblemMediaType;
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
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** The WARNING records of StatusKit's logger while {@code run} runs. */
  private static List<String> warnings(Runnable run) {
    Logger log = Logger.getLogger("dev.statuskit");
    List<String> records = new ArrayList<>();
    Handler h = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel() == Level.WARNING) {
          records.add(r.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(h);
    try {
      run.run();
    } finally {
      log.removeHandler(h);
    }
    return records;
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

  /** A malformed weight drops its range, which then excludes nothing that a broader range accepts. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "text/plain;q=2, text/*;q=0.5, text/html;q=0.1       | TEXT",
      "text/plain;q=01, text/*;q=0.5, text/html;q=0.1      | TEXT",
      "text/plain;q=0.5x, text/*;q=0.5, text/html;q=0.1    | TEXT",
      "text/plain;q=1, application/xml;q=0.5               | TEXT",
      "text/plain;q=0.5, text/plain;q=0.3, application/xml;q=0.4 | TEXT",
      "text/plain;q=0.3, text/plain;q=0.5, application/xml;q=0.4 | TEXT",
  })
  void aMalformedOrRepeatedWeight(String accept, ProblemMediaType expected) {
    assertThat(ContentNegotiation.negotiate(accept).mediaType()).isEqualTo(expected);
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

  @Test
  void messagesOfTheExceptionClassAndOfTheTypeAreUsedAsTheyAreWithoutPlaceholders() throws IOException {
    Path file = dir.resolve("edge/msgs_de.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Bounced.class.getName() + ".title=Unzustellbar\n" + Bounced.class.getName()
        + ".detail=Die Nachricht kam zurück.\nhttps\\://api.example/p.detail=Typ ohne Platzhalter.\n",
        StandardCharsets.UTF_8);
    ProblemEngine e = builder().classLoader(new URLClassLoader(new URL[] {dir.toUri().toURL()},
        EngineEdgesTest.class.getClassLoader())).map(Bounced.class, 422)
        .settings(Settings.builder().set(Settings.MESSAGES, "edge.msgs").build()).build();
    ConflictException typed = new ConflictException("Literal.");
    typed.type(URI.create("https://api.example/p"));

    ProblemEvent bounced = handle(e, new Bounced(), Map.of("Accept-Language", "de"));
    ProblemEvent byType = handle(e, typed, Map.of("Accept-Language", "de"));

    assertThat(bounced.problem().title()).hasValue("Unzustellbar");
    assertThat(bounced.problem().detail()).hasValue("Die Nachricht kam zurück.");
    assertThat(byType.problem().detail()).hasValue("Typ ohne Platzhalter.");
  }

  @Priority(2)
  static final class Second implements ProblemListener {
    final List<String> heard;

    Second(List<String> heard) {
      this.heard = heard;
    }

    @Override
    public void onProblem(ProblemEvent event) {
      heard.add("second");
    }
  }

  @Priority(1)
  static final class First implements ProblemListener {
    final List<String> heard;

    First(List<String> heard) {
      this.heard = heard;
    }

    @Override
    public void onProblem(ProblemEvent event) {
      heard.add("first");
    }
  }

  @Test
  void listenersHearInPriorityOrder() {
    List<String> heard = new ArrayList<>();

    handle(builder().listener(new Second(heard)).listener(new First(heard)).build(), new NotFoundException(), Map.of());

    assertThat(heard).containsExactly("first", "second");
  }

  @Test
  void eachSkippedHookIsLoggedByName() {
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

    List<String> log = warnings(() -> handle(e, new NotFoundException(), Map.of()));

    assertThat(log).hasSize(4);
    assertThat(log.get(0)).startsWith("StatusKit ignored ").endsWith(": it changed the problem's status, which must"
        + " equal the response status (RFC 9457 §3.1.2)");
    assertThat(log.get(1)).startsWith("StatusKit skipped problem customizer ");
    assertThat(log.get(2)).startsWith("StatusKit's locale resolver ").endsWith(" failed; the problem stays unlocalized");
    assertThat(log.get(3)).startsWith("StatusKit problem listener ").endsWith(" failed");
  }
}
