package dev.statuskit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.BadRequestException;
import dev.statuskit.ConflictException;
import dev.statuskit.HttpProblem;
import dev.statuskit.NotFoundException;
import dev.statuskit.NotModifiedException;
import dev.statuskit.Problem;
import dev.statuskit.ProblemExtension;
import dev.statuskit.TooManyRequestsException;
import dev.statuskit.header.EntityTag;
import dev.statuskit.header.HeaderFields;
import dev.statuskit.representation.ProblemWriter;
import dev.statuskit.spi.LocaleResolver;
import dev.statuskit.spi.ProblemEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The localize stage through the whole engine; the application's messages are in the test resources. */
class LocalizeTest {

  static final URI OUT_OF_CREDIT = URI.create("https://api.example/problems/out-of-credit");

  @HttpProblem(status = 409)
  static final class OutOfStock extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @ProblemExtension final String sku;

    OutOfStock(String sku) {
      super("Item " + sku + " is out of stock.");
      this.sku = sku;
    }
  }

  @HttpProblem(status = 409, title = "Sold out", titleKey = "stock.title", detailKey = "stock.detail")
  static final class SoldOut extends RuntimeException {
    private static final long serialVersionUID = 1L;
    @ProblemExtension final String sku;

    SoldOut(String sku) {
      super("Item " + sku + " is sold out.");
      this.sku = sku;
    }
  }

  @HttpProblem(status = 409, titleKey = "no.such.key", detailKey = "needs.missing")
  static final class KeysWithoutMessages extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeysWithoutMessages() {
      super("Literal detail.");
    }
  }

  private static ProblemEngine engine() {
    return engine(Settings.defaults());
  }

  private static ProblemEngine engine(Settings settings) {
    return ProblemEngine.builder().serviceLoader(false).cdi(false).settings(settings).build();
  }

  private static ProblemEvent handle(ProblemEngine e, Throwable t, Map<String, String> headers) {
    return e.handle(t, ProblemEngine.Request.of("GET", "/x", headers));
  }

  private static String body(ProblemEvent r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aShippedTitleIsLocalizedWithContentLanguageAndVary() {
    ProblemEvent r = handle(engine(), new NotFoundException(), Map.of("Accept-Language", "de-CH, en;q=0.5"));
    assertThat(r.headers().asMap()).containsExactly(
        Map.entry("Content-Language", List.of("de")),
        Map.entry("Vary", List.of("Accept, Accept-Language")),
        Map.entry("Content-Type", List.of("application/problem+json")));
    assertThat(body(r)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Nicht gefunden\",\"status\":404}");
    assertThat(r.problem().title()).contains("Nicht gefunden");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {"''", "ko", "de;q=2", "@@@", "de;q=0"})
  void anUnlocalizedResponseCarriesNeitherContentLanguageNorVaryAcceptLanguage(String field) {
    ProblemEvent r = handle(engine(), new NotFoundException(), Map.of("Accept-Language", field));
    assertThat(r.headers().asMap()).containsExactly(
        Map.entry("Vary", List.of("Accept")),
        Map.entry("Content-Type", List.of("application/problem+json")));
    assertThat(body(r)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
  }

  @Test
  void withoutTheFieldNothingIsLocalized() {
    ProblemEvent r = handle(engine(), new NotFoundException("No order 42."), Map.of());
    assertThat(r.headers().contains("Content-Language")).isFalse();
    assertThat(r.problem().title()).contains("Not Found");
  }

  @Test
  void onlyTitleAndDetailChange() {
    ProblemEvent r = handle(engine(), new OutOfStock("A-1"),
        Map.of("Accept-Language", "de"));
    assertThat(r.problem().title()).contains("Nicht vorrätig"); // by exception class
    assertThat(r.problem().detail()).contains("Item A-1 is out of stock."); // no message: the literal stays
    assertThat(r.problem().type()).isEqualTo(Problem.ABOUT_BLANK);
    assertThat(r.problem().status()).hasValue(409);
    assertThat(r.problem().extensions()).containsExactly(Map.entry("sku", "A-1"));
    assertThat(r.headers().first("Content-Language")).contains("de");
  }

  @Test
  void explicitKeysOfTheAnnotationWinAndFillPlaceholders() {
    ProblemEvent r = handle(engine(), new SoldOut("B-7"), Map.of("Accept-Language", "de"));
    assertThat(body(r)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Ausverkauft\",\"status\":409,"
        + "\"detail\":\"Artikel B-7 ist nicht vorrätig (Status 409).\",\"sku\":\"B-7\"}");
  }

  @Test
  void aMissingKeyOrAMissingValueKeepsTheUnlocalizedText() {
    ProblemEvent r = handle(engine(), new KeysWithoutMessages(), Map.of("Accept-Language", "de"));
    assertThat(r.problem().title()).contains("Konflikt"); // the shipped title of 409 still applies
    assertThat(r.problem().detail()).contains("Literal detail.");
    ProblemEvent fr = handle(engine(), new SoldOut("B-7"), Map.of("Accept-Language", "fr"));
    assertThat(fr.problem().title()).contains("Sold out"); // no French message, and not the reason phrase
    assertThat(fr.problem().detail()).contains("Item B-7 is sold out.");
    assertThat(fr.headers().contains("Content-Language")).isFalse();
    assertThat(fr.headers().all("Vary")).containsExactly("Accept");
  }

  @Test
  void aProblemTypeIsLocalizedByItsUriWithMembersAsArguments() {
    ConflictException e = new ConflictException();
    e.type(OUT_OF_CREDIT).title("Out of credit").detail("Your balance is 30, the item costs 50.")
        .extension("balance", 30).extension("price", 50);
    ProblemEvent de = handle(engine(), e, Map.of("Accept-Language", "de"));
    assertThat(de.problem().title()).contains("Guthaben aufgebraucht");
    assertThat(de.problem().detail()).contains("Ihr Guthaben ist 30, der Artikel kostet 50.");
    ProblemEvent tw = handle(engine(), e, Map.of("Accept-Language", "zh-Hant"));
    assertThat(tw.problem().title()).contains("餘額不足");
    assertThat(tw.problem().detail()).contains("Your balance is 30, the item costs 50.");
    assertThat(tw.headers().first("Content-Language")).contains("zh-TW");
  }

  @Test
  void aLanguageOfTheApplicationsBundleIsSupportedByDefault() {
    ConflictException e = new ConflictException();
    e.type(OUT_OF_CREDIT).title("Out of credit");
    ProblemEvent r = handle(engine(), e, Map.of("Accept-Language", "pt-BR"));
    assertThat(r.problem().title()).contains("Saldo insuficiente");
    assertThat(r.headers().first("Content-Language")).contains("pt"); // pt-BR finds pt
    ProblemEvent notFound = handle(engine(), new NotFoundException(), Map.of("Accept-Language", "pt-BR"));
    assertThat(notFound.headers().contains("Content-Language")).isFalse(); // no shipped Portuguese title
  }

  @Test
  void aTypedExceptionsDetailKeyIsFilledFromItsMembers() {
    TooManyRequestsException e = new TooManyRequestsException("At most 10 searches a minute.")
        .retryAfter(Duration.ofSeconds(30));
    e.detailKey("search.limit").extension("limit", 10).extension("retryAfter", 30);
    ProblemEvent r = handle(engine(), e, Map.of("Accept-Language", "de"));
    assertThat(r.problem().title()).contains("Zu viele Anfragen");
    assertThat(r.problem().detail()).contains("Höchstens 10 Suchen pro Minute; versuchen Sie es in 30 Sekunden erneut.");
    assertThat(r.headers().first("Retry-After")).contains("30");
    assertThat(handle(engine(), e, Map.of()).problem().detail()).contains("At most 10 searches a minute.");
  }

  @Test
  void detailArgumentsFillPlaceholdersWithoutBecomingMembers() {
    TooManyRequestsException e = new TooManyRequestsException("At most 10 searches a minute.")
        .detailKey("search.limit", Map.of("limit", 10, "retryAfter", 30));
    ProblemEvent r = handle(engine(), e, Map.of("Accept-Language", "de"));
    assertThat(r.problem().detail()).contains("Höchstens 10 Suchen pro Minute; versuchen Sie es in 30 Sekunden erneut.");
    assertThat(r.problem().extensions()).isEmpty();
    assertThat(e.getDetailArguments()).containsOnlyKeys("limit", "retryAfter");
    assertThat(e.detailKey("other").getDetailArguments()).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().detailKey("k", Map.of("1x", 1)))
        .withMessageContaining("\"1x\"");
  }

  /** A value is text, never template: placeholders and markup in it are written as they are. */
  @Test
  void valuesCannotInjectIntoTheTemplate() {
    BadRequestException e = new BadRequestException();
    e.detailKey("echo.detail").extension("text", "{status} <b>{text}</b> %s {0}");
    ProblemEvent r = handle(engine(), e, Map.of("Accept-Language", "de", "Accept", "text/html"));
    assertThat(r.problem().detail()).contains("Sie schrieben: {status} <b>{text}</b> %s {0}");
    assertThat(body(r)).contains("<html lang=\"de\">")
        .contains("Sie schrieben: {status} &lt;b&gt;{text}&lt;/b&gt; %s {0}");
  }

  @Test
  void xmlSaysTheLanguageOnItsRootAndTextIsUnchanged() {
    ProblemEvent xml = handle(engine(), new NotFoundException(),
        Map.of("Accept-Language", "ja", "Accept", "application/problem+xml"));
    assertThat(body(xml)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\""
        + " xml:lang=\"ja\"><type>about:blank</type><title>見つかりません</title><status>404</status></problem>\n");
    ProblemEvent text = handle(engine(), new NotFoundException(), Map.of("Accept-Language", "ja", "Accept", "text/plain"));
    ProblemEvent plain = handle(engine(), new NotFoundException(), Map.of("Accept", "text/plain"));
    assertThat(body(text)).isEqualTo(body(plain).replace("Not Found", "見つかりません"));
    assertThat(text.headers().first("Content-Language")).contains("ja");
    ProblemEvent html = handle(engine(), new NotFoundException(), Map.of("Accept", "text/html"));
    assertThat(body(html)).contains("<html lang=\"en\">");
    assertThat(body(handle(engine(), new NotFoundException(), Map.of("Accept", "application/problem+xml"))))
        .contains("<problem xmlns=\"urn:ietf:rfc:7807\"><type>");
  }

  @Test
  void aStatusWithoutContentIsNotLocalized() {
    ProblemEvent r = handle(engine(), new NotModifiedException(EntityTag.strong("v1")), Map.of("Accept-Language", "de"));
    assertThat(r.headers().contains("Content-Language")).isFalse();
    assertThat(r.headers().contains("Vary")).isFalse();
  }

  @Test
  void anExistingVaryIsKeptAndAcceptLanguageAddedOnce() {
    NotFoundException e = new NotFoundException();
    e.header("Vary", "Origin");
    ProblemEvent r = handle(engine(), e, Map.of("Accept-Language", "fr"));
    assertThat(r.headers().all("Vary")).containsExactly("Origin", "Accept, Accept-Language");
    NotFoundException covered = new NotFoundException();
    covered.header("Vary", "Accept-Language");
    assertThat(handle(engine(), covered, Map.of("Accept-Language", "fr")).headers().all("Vary"))
        .containsExactly("Accept-Language", "Accept");
    NotFoundException all = new NotFoundException();
    all.header("Vary", "*");
    assertThat(handle(engine(), all, Map.of("Accept-Language", "fr")).headers().all("Vary")).containsExactly("*");
  }

  @Test
  void localizeOffLeavesEveryProblemAsItIs() {
    ProblemEngine off = engine(Settings.builder().set(Settings.LOCALIZE, false).build());
    ProblemEvent r = handle(off, new NotFoundException(), Map.of("Accept-Language", "de"));
    assertThat(r.problem().title()).contains("Not Found");
    assertThat(r.headers().contains("Content-Language")).isFalse();
  }

  @Test
  void theLanguagesSettingLimitsTheChoice() {
    ProblemEngine e = engine(Settings.builder().set("statuskit.languages", "de, zh-Hant").build());
    assertThat(handle(e, new NotFoundException(), Map.of("Accept-Language", "fr, de;q=0.1")).headers()
        .first("Content-Language")).contains("de");
    assertThat(handle(e, new NotFoundException(), Map.of("Accept-Language", "zh-TW")).problem().title())
        .contains("找不到");
    assertThat(handle(e, new NotFoundException(), Map.of("Accept-Language", "*")).headers()
        .first("Content-Language")).contains("de");
    assertThat(handle(e, new NotFoundException(), Map.of("Accept-Language", "fr")).headers()
        .contains("Content-Language")).isFalse();
  }

  @Test
  void badSettingsAreRefusedNamingTheValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> Settings.builder().set("statuskit.languages", "de, de DE"))
        .withMessageContaining("\"de, de DE\"").withMessageContaining("language tags");
    assertThatIllegalArgumentException().isThrownBy(() -> Settings.builder().set("statuskit.languages", "x"))
        .withMessageContaining("statuskit.languages");
    assertThatIllegalArgumentException().isThrownBy(() -> Settings.builder().set("statuskit.messages", "a b"))
        .withMessageContaining("\"a b\"").withMessageContaining("base name");
    assertThat(Settings.builder().set("statuskit.languages", "DE, zh-hant-tw, de").build().get(Settings.LANGUAGES))
        .containsExactly("de", "zh-Hant-TW");
  }

  @Test
  void aLocaleResolverReplacesNegotiationAndOneThatThrowsLeavesTheProblemUnlocalized() {
    List<List<Locale>> seen = new java.util.ArrayList<>();
    LocaleResolver fromHeader = (request, supported) -> {
      seen.add(supported);
      return Optional.ofNullable(request.header("X-User-Language")).map(Locale::forLanguageTag);
    };
    ProblemEngine e = ProblemEngine.builder().serviceLoader(false).cdi(false).localeResolver(fromHeader).build();
    ProblemEvent r = handle(e, new NotFoundException(), Map.of("X-User-Language", "es", "Accept-Language", "de"));
    assertThat(r.problem().title()).contains("No encontrado");
    assertThat(r.headers().first("Content-Language")).contains("es");
    assertThat(seen.get(0)).contains(Locale.GERMAN, Locale.forLanguageTag("zh-TW"));
    assertThat(handle(e, new NotFoundException(), Map.of("Accept-Language", "de")).headers()
        .contains("Content-Language")).isFalse();
    ProblemEngine broken = ProblemEngine.builder().serviceLoader(false).cdi(false)
        .localeResolver((request, supported) -> {
          throw new IllegalStateException("no session");
        }).build();
    ProblemEvent b = handle(broken, new NotFoundException(), Map.of("Accept-Language", "de"));
    assertThat(b.problem().title()).contains("Not Found");
    assertThat(b.status().code()).isEqualTo(404);
  }

  @Test
  void theWriterRefusesAContentLanguageThatIsNotOneTagButAnErrorBodyLeavesItOut() {
    ProblemWriter w = ProblemWriter.defaults();
    for (String bad : List.of("", "-", "de-", "d e", "de\r\nX: 1", "1de", "abcdefghi", "de--CH", "de_CH", "de, fr")) {
      // a value the header fields already refuse fails there; one they take fails in the writer
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> w.toBytes(Problem.of(404),
          dev.statuskit.ProblemMediaType.HTML, HeaderFields.builder().add("Content-Language", bad).build()));
    }
    assertThatIllegalArgumentException().isThrownBy(() -> w.toBytes(Problem.of(404),
        dev.statuskit.ProblemMediaType.HTML, HeaderFields.builder().add("Content-Language", "de_CH").build()))
        .withMessageContaining("is not one language tag");
    HeaderFields two = HeaderFields.builder().add("Content-Language", "de").add("Content-Language", "fr").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> w.toBytes(Problem.of(404), dev.statuskit.ProblemMediaType.XML, two))
        .withMessageContaining("is not one language tag");
    // an error response is still written: without a language it cannot state
    assertThat(new String(w.toBytesLeavingOutUnwritable(Problem.of(404), dev.statuskit.ProblemMediaType.XML, two),
        StandardCharsets.UTF_8)).doesNotContain("xml:lang").contains("<status>404</status>");
    assertThat(new String(w.toBytesLeavingOutUnwritable(Problem.of(404), dev.statuskit.ProblemMediaType.HTML,
        HeaderFields.builder().add("Content-Language", "de_CH").build()), StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(new String(w.toBytesLeavingOutUnwritable(Problem.of(404), dev.statuskit.ProblemMediaType.HTML,
        HeaderFields.builder().add("Content-Language", "zh-Hant-TW").build()), StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant-TW\"><head><meta charset=\"utf-8\"/>");
  }

  @Test
  void fillTakesNamedPlaceholdersOnly() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("n", 3);
    v.put("names", List.of("a", "b"));
    v.put("map", Map.of("k", "v"));
    assertThat(Messages.fill("{n} of {names}; {} {1} { n} {n", v)).isEqualTo("3 of a, b; {} {1} { n} {n");
    assertThat(Messages.fill("{map}", v)).isNull();
    assertThat(Messages.fill("{absent}", v)).isNull();
    assertThat(Messages.fill("plain", v)).isEqualTo("plain");
  }

  @Test
  void aBlankDetailKeyIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().detailKey(" "))
        .withMessageContaining("detail key");
    assertThatIllegalArgumentException().isThrownBy(() -> new NotFoundException().detailKey("a\nb"))
        .withMessageContaining("a?b");
    assertThat(new NotFoundException().detailKey("k").getDetailKey()).isEqualTo("k");
    // No key: neither key nor arguments, also after a key with arguments.
    NotFoundException e = new NotFoundException();
    assertThat(e.getDetailKey()).isNull();
    assertThat(e.getDetailArguments()).isEmpty();
    e.detailKey("k", Map.of("limit", 10));
    assertThat(e.getDetailKey()).isEqualTo("k");
    assertThat(e.getDetailArguments()).containsExactly(Map.entry("limit", 10));
    e.detailKey(null);
    assertThat(e.getDetailKey()).isNull();
    assertThat(e.getDetailArguments()).isEmpty();
  }
}
