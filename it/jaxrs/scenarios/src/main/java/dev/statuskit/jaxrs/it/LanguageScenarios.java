package dev.statuskit.jaxrs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.jaxrs.client.ProblemClient;
import dev.statuskit.jaxrs.client.ProblemClientFilter;
import dev.statuskit.testsupport.Wire;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The language scenarios, written once for every JAX-RS runtime: {@code Accept-Language} negotiated
 * into {@code title} and {@code detail}, with {@code Content-Language} and
 * {@code Vary: Accept, Accept-Language} on localized responses only, in every representation and
 * for HEAD. The application's messages are the scenario module's {@code statuskit-messages_*.properties}.
 */
public abstract class LanguageScenarios extends RuntimeScenarios {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Whether the runtime itself refuses an {@code Accept-Language} weight above 1 with its own 400,
   * before any resource or mapper runs (RESTEasy parses the field for every request).
   */
  protected boolean runtimeRefusesWeightsAboveOne() {
    return false;
  }

  /** The negotiation table: the field, then the language chosen and the title of 404 in it ({@code -}: none). */
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "de | de | Nicht gefunden",
      "de-CH | de | Nicht gefunden",
      "fr-CA, de;q=0.9 | fr | Introuvable",
      "ko, ja;q=0.5 | ja | 見つかりません",
      "de;q=0.5, es;q=0.8 | es | No encontrado",
      "zh-TW | zh-TW | 找不到",
      "zh-Hant-HK | zh-TW | 找不到",
      "zh-Hans | zh-CN | 未找到",
      "* | en | Not Found",
      "en;q=0, * | de | Nicht gefunden",
      "ko | - | Not Found",
      "de;q=0 | - | Not Found",
      "de;q=2 | - | Not Found",
      "'de, @@' | - | Not Found",
  })
  void acceptLanguageIsNegotiatedIntoTheTitle(String field, String language, String title) throws Exception {
    HttpResponse<String> r = get("s/typed/404", field, "application/json");
    if (field.contains("q=2") && runtimeRefusesWeightsAboveOne()) {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.headers().allValues("Content-Language")).isEmpty();
      return;
    }
    assertThat(r.statusCode()).as("%s %s", r.headers().map(), r.body()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+json"));
    JsonNode body = JSON.readTree(r.body());
    assertThat(names(body)).containsExactly("type", "title", "status");
    assertThat(body.get("type").asText()).isEqualTo("about:blank");
    assertThat(body.get("title").asText()).isEqualTo(title);
    assertThat(body.get("status").asInt()).isEqualTo(404);
    assertLanguage(r, language);
  }

  /** The response is in the language ({@code -}: none, so no Content-Language) and varies accordingly. */
  private static void assertLanguage(HttpResponse<String> r, String language) {
    if (language.equals("-")) {
      assertThat(r.headers().allValues("Content-Language")).isEmpty();
      assertThat(vary(r)).containsExactly("accept");
    } else {
      assertThat(r.headers().allValues("Content-Language")).containsExactly(language);
      assertThat(vary(r)).containsExactly("accept", "accept-language");
    }
  }

  @Test
  void withoutAcceptLanguageNothingIsLocalized() throws Exception {
    HttpResponse<String> r = get("s/typed/404", null, "application/json");
    assertLanguage(r, "-");
    assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("Not Found");
  }

  @Test
  void theRuntimesOwn404IsLocalized() throws Exception {
    HttpResponse<String> r = get("no/such/path", "zh-CN", "application/json");
    assertThat(r.statusCode()).isEqualTo(404);
    assertLanguage(r, "zh-CN");
    assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("未找到");
  }

  @Test
  void theApplicationsMessagesLocalizeItsProblemTypeWithMembersInPlace() throws Exception {
    HttpResponse<String> de = get("s/annotated", "de", "application/json");
    assertThat(de.statusCode()).isEqualTo(409);
    assertThat(de.headers().allValues("Content-Language")).containsExactly("de");
    JsonNode body = JSON.readTree(de.body());
    assertThat(names(body)).containsExactly("type", "title", "status", "detail", "sku");
    assertThat(body.get("type").asText()).isEqualTo("https://example.test/problems/out-of-stock");
    assertThat(body.get("title").asText()).isEqualTo("Nicht vorrätig");
    assertThat(body.get("detail").asText()).isEqualTo("Artikel sku-7 ist nicht vorrätig.");
    assertThat(body.get("sku").asText()).isEqualTo("sku-7");
    JsonNode tw = JSON.readTree(get("s/annotated", "zh-Hant", "application/json").body());
    assertThat(tw.get("title").asText()).isEqualTo("缺貨");
    assertThat(tw.get("detail").asText()).isEqualTo("商品 sku-7 目前缺貨。");
    HttpResponse<String> fr = get("s/annotated", "fr", "application/json"); // no French messages
    assertThat(fr.headers().allValues("Content-Language")).isEmpty();
    assertThat(JSON.readTree(fr.body()).get("title").asText()).isEqualTo("Out of stock");
  }

  /** Bean Validation: the messages in the negotiated language; a JSON Pointer for each value of the body. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "de | de | Ungültige Anfrage | muss größer-gleich 1 sein | darf nicht leer sein",
      "zh-TW | zh-TW | 錯誤的請求 | 必須大於或等於 1 | 不得空白",
  })
  void violationsAreInTheClientsLanguageAndPointIntoTheBody(String field, String language, String title, String min,
      String notBlank) throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("s/orders?limit=0"))
        .header("Content-Type", "application/json").header("Accept-Language", field)
        .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"\",\"quantity\":0}")));
    assertThat(r.statusCode()).isEqualTo(400);
    assertLanguage(r, language);
    JsonNode body = JSON.readTree(r.body());
    assertThat(names(body)).containsExactly("type", "title", "status", "detail", "violations");
    assertThat(body.get("title").asText()).isEqualTo(title);
    assertThat(body.get("violations").toString()).isEqualTo(JSON.createArrayNode()
        .add(JSON.createObjectNode().put("field", "quantity").put("location", "body").put("pointer", "/quantity")
            .put("message", min))
        .add(JSON.createObjectNode().put("field", "sku").put("location", "body").put("pointer", "/sku")
            .put("message", notBlank))
        .add(JSON.createObjectNode().put("field", "limit").put("location", "query").put("message", min))
        .toString());
  }

  @Test
  void everyRepresentationIsLocalized() throws Exception {
    HttpResponse<String> xml = get("s/typed/404", "de", "application/problem+xml");
    assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+xml"));
    assertLanguage(xml, "de");
    assertThat(xml.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\""
        + " xml:lang=\"de\"><type>about:blank</type><title>Nicht gefunden</title><status>404</status></problem>\n");
    HttpResponse<String> html = get("s/typed/404", "ja", "text/html");
    assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
    assertThat(html.headers().allValues("Content-Language")).containsExactly("ja");
    assertThat(html.body()).startsWith("<!DOCTYPE html>\n<html lang=\"ja\">").contains("<h1>404 見つかりません</h1>");
    HttpResponse<String> text = get("s/typed/404", "fr", "text/plain");
    assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));
    assertThat(text.headers().allValues("Content-Language")).containsExactly("fr");
    assertThat(text.body()).isEqualTo(get("s/typed/404", null, "text/plain").body().replace("Not Found", "Introuvable"));
  }

  @Test
  void headCarriesTheLanguageFieldsWithoutBody() throws Exception {
    Wire head = Wire.exchange("HEAD", uri("s/typed/404"), "Accept-Language", "es");
    assertThat(head.status).isEqualTo(404);
    assertThat(head.fields().get("Content-Language")).containsExactly("es");
    assertThat(head.header("Vary")).isNotNull();
    assertThat(List.of(head.header("Vary").toLowerCase(Locale.ROOT).split("\\s*,\\s*")))
        .contains("accept", "accept-language");
    assertThat(head.bodyBytes()).isEmpty();
  }

  @Test
  void theClientAsksForItsLanguagesAndReadsTheOneChosen() {
    try (jakarta.ws.rs.client.Client c = jakarta.ws.rs.client.ClientBuilder.newBuilder()
        .connectTimeout(10, java.util.concurrent.TimeUnit.SECONDS).readTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
        .build().register(new ProblemClientFilter().acceptLanguage(Locale.forLanguageTag("ko"), Locale.JAPANESE))) {
      Throwable caught = org.assertj.core.api.Assertions.catchThrowable(() -> ProblemClient.call(
          () -> c.target(uri("s/typed/404")).request().get(String.class)));
      assertThat(caught).isExactlyInstanceOf(dev.statuskit.NotFoundException.class);
      dev.statuskit.HttpException e = (dev.statuskit.HttpException) caught;
      assertThat(e.toProblem().title()).contains("見つかりません");
      assertThat(ProblemClient.contentLanguage(e)).contains(Locale.JAPANESE);
      Throwable own = org.assertj.core.api.Assertions.catchThrowable(() -> ProblemClient.call(
          () -> c.target(uri("s/typed/404")).request().header("Accept-Language", "fr")
              .get(String.class)));
      assertThat(((dev.statuskit.HttpException) own).toProblem().title()).contains("Introuvable");
      Throwable none = org.assertj.core.api.Assertions.catchThrowable(() -> ProblemClient.call(
          () -> c.target(uri("s/typed/404")).request().header("Accept-Language", "ko")
              .get(String.class)));
      assertThat(ProblemClient.contentLanguage((dev.statuskit.HttpException) none)).isEmpty();
    }
  }

  /** The settings as application properties: the supported languages, and the stage turned off. */
  @Test
  void applicationPropertiesConfigureTheLanguages() throws Exception {
    try (Harness.Running only = startScenarioResources(Map.of("statuskit.languages", "ja, zh-Hans"))) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(only.base().resolve("s/typed/404"))
          .header("Accept-Language", "de, zh-CN;q=0.5"));
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.headers().allValues("Content-Language")).containsExactly("zh-Hans"); // as configured
      assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("未找到");
    }
    try (Harness.Running off = startScenarioResources(Map.of("statuskit.localize", "false"))) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(off.base().resolve("s/typed/404"))
          .header("Accept-Language", "de"));
      assertThat(r.headers().allValues("Content-Language")).isEmpty();
      assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("Not Found");
    }
  }

  // ---------------------------------------------------------------- helpers

  private HttpResponse<String> get(String path, String acceptLanguage, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET().header("Accept", accept);
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return send(b);
  }

  /** The {@code Vary} field names, lower case, in order, whether sent in one field line or several. */
  private static List<String> vary(HttpResponse<String> r) {
    List<String> names = new ArrayList<>();
    for (String line : r.headers().allValues("Vary")) {
      for (String n : line.split(",")) {
        names.add(n.strip().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
