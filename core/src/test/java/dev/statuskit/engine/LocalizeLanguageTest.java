package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.ConflictException;
import dev.statuskit.HttpStatus;
import dev.statuskit.LogRecords;
import dev.statuskit.NotFoundException;
import dev.statuskit.Problem;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.spi.LocaleResolver;
import dev.statuskit.spi.ProblemEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** The language the localize stage chooses, as classifiers are told it and as a locale resolver answers it. */
class LocalizeLanguageTest {

  private static ProblemEvent handle(ProblemEngine e, Throwable t, Map<String, String> headers) {
    return e.handle(t, ProblemEngine.Request.of("GET", "/", headers));
  }

  @Test
  void aClassifierIsToldTheLanguageTheProblemWillBeLocalizedTo() {
    List<Optional<Locale>> told = new ArrayList<>();
    ProblemEngine.Classifier listening = (t, request, settings) -> {
      told.add(request.language());
      return ProblemEngine.Classification.mapped(HttpStatus.CONFLICT, HeaderFields.empty(), Problem.builder());
    };
    ProblemEngine on = ProblemEngine.builder().serviceLoader(false).cdi(false).classifier(listening).build();
    ProblemEngine off = ProblemEngine.builder().serviceLoader(false).cdi(false).classifier(listening)
        .settings(Settings.builder().set(Settings.LOCALIZE, false).build()).build();

    ProblemEvent german = handle(on, new IllegalStateException(), Map.of("Accept-Language", "de-AT, fr;q=0.5"));
    handle(on, new IllegalStateException(), Map.of());
    handle(on, new IllegalStateException(), Map.of("Accept-Language", "ko"));
    handle(off, new IllegalStateException(), Map.of("Accept-Language", "de"));

    assertThat(told).containsExactly(Optional.of(Locale.GERMAN), Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(german.problem().title()).hasValue("Konflikt");
    assertThat(german.headers().all("Content-Language")).containsExactly("de");
  }

  @Test
  void aResolverThatAnswersNoLanguageLeavesTheProblemAsItIs() {
    List<LocaleResolver> resolvers = List.of((request, supported) -> Optional.empty(),
        (request, supported) -> null, (request, supported) -> Optional.of(Locale.ROOT));
    for (LocaleResolver resolver : resolvers) {
      ProblemEngine e = ProblemEngine.builder().serviceLoader(false).cdi(false).localeResolver(resolver).build();

      ProblemEvent r = handle(e, new NotFoundException(), Map.of("Accept-Language", "de"));

      assertThat(r.problem().title()).hasValue("Not Found");
      assertThat(r.headers().asMap()).containsExactly(Map.entry("Vary", List.of("Accept")),
          Map.entry("Content-Type", List.of("application/problem+json")));
    }
  }

  @Test
  void aResolverIsOfferedTheSupportedLanguagesAsLocalesOnEveryCall() {
    List<List<Locale>> offered = new ArrayList<>();
    ProblemEngine e = ProblemEngine.builder().serviceLoader(false).cdi(false)
        .settings(Settings.builder().set("statuskit.languages", "fr, zh-Hant").build())
        .localeResolver((request, supported) -> {
          offered.add(supported);
          return Optional.of(supported.get(1));
        }).build();

    ProblemEvent first = handle(e, new NotFoundException(), Map.of());
    ProblemEvent second = handle(e, new NotFoundException(), Map.of());

    assertThat(offered).hasSize(2);
    assertThat(offered.get(0)).containsExactly(Locale.FRENCH, Locale.forLanguageTag("zh-Hant"))
        .isEqualTo(offered.get(1));
    assertThat(first.problem().title()).hasValue("找不到");
    assertThat(second.headers().all("Content-Language")).containsExactly("zh-Hant");
  }

  @Test
  void aTitleOfItsOwnIsKeptWhereTheApplicationHasNoMessage() {
    ConflictException custom = new ConflictException();
    custom.title("Edit conflict");

    ProblemEvent r = handle(ProblemEngine.builder().serviceLoader(false).cdi(false).build(), custom,
        Map.of("Accept-Language", "fr"));

    assertThat(r.problem().title()).hasValue("Edit conflict");
    assertThat(r.headers().contains("Content-Language")).isFalse();
  }

  @Test
  void aMessageNamingAValueTheProblemLacksIsLoggedAndLeftUnused() throws Exception {
    ProblemEngine e = ProblemEngine.builder().serviceLoader(false).cdi(false).build();
    List<ProblemEvent> r = new ArrayList<>();

    List<String> log = LogRecords.during(Level.ALL,
        () -> r.add(handle(e, new LocalizeTest.KeysWithoutMessages(), Map.of("Accept-Language", "de"))));

    assertThat(r.get(0).problem().detail()).hasValue("Literal detail.");
    assertThat(log).contains("FINE StatusKit's message needs.missing (de) names a value the problem lacks;"
        + " the detail stays unlocalized");
  }
}
