package dev.statuskit.servlet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.Problem;
import dev.statuskit.representation.ProblemReader;
import dev.statuskit.servlet.StatusKitServlet;
import dev.statuskit.spi.ProblemEvent;
import dev.statuskit.testsupport.RecordingListener;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.LogRecord;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * The servlet scenarios, written once and run on every container through a {@link
 * ServletContainerHarness} (one subclass per container). Each test asserts the wire contract:
 * status, the header fields the status requires, {@code Content-Type}, {@code Vary}, and the exact
 * member set of the problem (RFC 9457 §3).
 */
public abstract class ServletScenarioSuite extends ContainerSuite {

  private final String intendedVersion;

  /**
   * @param intendedVersion how the version of the container the module puts on the class path
   *     starts, for example {@code "11.0."}
   */
  protected ServletScenarioSuite(String intendedVersion) {
    this.intendedVersion = intendedVersion;
  }

  @Test
  void runsTheIntendedVersion() {
    assertThat(harness.serverInfo()).startsWith(intendedVersion);
  }

  protected static final String JSON = "application/problem+json";
  protected static final Set<String> BASIC = Set.of("type", "title", "status");
  protected static final Set<String> WITH_DETAIL = Set.of("type", "title", "status", "detail");
  protected static final Set<String> WITH_INSTANCE = Set.of("type", "title", "status", "instance");

  /**
   * The wire contract of a problem, through the test kit: status, Content-Type (without parameters),
   * the exact member set, {@code about:blank}, the status member, no MUST violation of RFC 9110 or
   * RFC 9457; then this suite's Vary.
   */
  protected static void assertProblem(Http.Reply r, int status, Set<String> members) throws Exception {
    r.problem().isProblem(status).hasHeader("Content-Type", JSON).hasExactlyMembers(members.toArray(String[]::new))
        .hasType("about:blank").hasMember("status", status).isConformant();
    assertThat(r.header("Vary")).as("Vary").hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("Accept"));
  }

  /** Exactly type, title and status, and detail when the container sent one (its own errors may not). */
  protected static void assertBasicMembers(Http.Reply r) throws Exception {
    r.problem().hasExactlyMembers((r.json().has("detail") ? WITH_DETAIL : BASIC).toArray(String[]::new));
  }

  /** {@code GET path} answers the {@link #assertProblem problem} of the status with exactly {@link #WITH_DETAIL}, this detail. */
  protected Http.Reply assertDetail(String path, int status, String detail) throws Exception {
    Http.Reply r = Http.get(uri(path));
    assertProblem(r, status, WITH_DETAIL);
    assertThat(r.json().get("detail").asText()).isEqualTo(detail);
    return r;
  }

  /** One ERROR record for the occurrence the 5xx body names, and the body keeps the secret. */
  protected void assertSafeServerError(Http.Reply r, int status) throws Exception {
    assertProblem(r, status, WITH_INSTANCE);
    String instance = r.json().get("instance").asText();
    assertThat(instance).matches("urn:uuid:[0-9a-f-]{36}");
    assertThat(r.body()).doesNotContain(Scenarios.SECRET, "Exception", "at dev.", "upstream");
    assertThat(log.errors()).as("ERROR records").singleElement()
        .extracting(LogRecord::getMessage).asString().contains(instance);
  }

  @Test
  void thrownTooManyRequestsKeepsRetryAfter() throws Exception {
    Http.Reply r = Http.get(uri("/throw/429"));
    assertProblem(r, 429, WITH_DETAIL);
    assertThat(r.header("Retry-After")).hasValue("120");
    assertThat(r.json().get("title").asText()).isEqualTo("Too Many Requests");
    assertThat(r.json().get("detail").asText()).isEqualTo("Slow down.");
    assertThat(r.header("X-Before")).as("headers of the failed response are reset").isEmpty();
  }

  /**
   * Problems whose status requires (or whose application set) one header field: the exact members
   * and that field's value, whichever way the error arose (thrown, unwrapped from a {@code
   * ServletException}, {@code sendError}, an async dispatch or task, a filter before StatusKit's).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "thrown 401     | /throw/401                | 401 |            | WWW-Authenticate | Bearer realm=\"api\"",
      "thrown 405     | /throw/405                | 405 |            | Allow            | GET, HEAD",
      "thrown 416     | /throw/416                | 416 |            | Content-Range    | bytes */1000",
      "unwrapped      | /throw/wrapped            | 429 | Slow down. | Retry-After      | 120",
      "sendError      | /send-error/401           | 401 |            | WWW-Authenticate | Basic realm=\"scenarios\"",
      "async dispatch | /async/dispatch-throw     | 429 | Slow down. | Retry-After      | 120",
      "async task     | /async/start-throws-typed | 429 | Slow down. | Retry-After      | 120",
      "error page     | /gate/typed               | 429 | Slow down. | Retry-After      | 120"})
  void problemCarriesTheFieldItsStatusRequires(String name, String path, int status, String detail, String field,
      String value) throws Exception {
    Http.Reply r = Http.get(uri(path));
    assertProblem(r, status, detail == null ? BASIC : WITH_DETAIL);
    assertThat(r.header(field)).hasValue(value);
    if (detail != null) {
      assertThat(r.json().get("detail").asText()).isEqualTo(detail);
    }
  }

  @Test
  void thrownUpgradeRequiredCarriesUpgradeAndConnection() throws Exception {
    Http.Reply r = Http.keptOpen("GET", uri("/throw/426"));
    assertProblem(r, 426, BASIC);
    assertThat(r.json().get("title").asText()).isEqualTo("Upgrade Required");
    assertThat(r.header("Upgrade")).hasValue("HTTP/2.0");
    assertThat(r.header("Connection")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("upgrade"));
  }

  /** An unknown exception, and a 5xx {@code sendError} message, are never echoed. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/throw/unknown, 500, Internal Server Error",
      "/throw/io, 500, Internal Server Error",
      "/send-error/503-message, 503, Service Unavailable"})
  void serverErrorIsSafe(String path, int status, String title) throws Exception {
    Http.Reply r = Http.get(uri(path));
    assertSafeServerError(r, status);
    assertThat(r.json().get("title").asText()).isEqualTo(title);
  }

  /** RFC 6585's no-store is added only when the response says nothing of caching itself. */
  @Test
  void sendErrorKeepsTheApplicationsCacheControl() throws Exception {
    Http.Reply r = assertDetail("/send-error/429-cached", 429, "Slow down.");
    assertThat(r.header("Cache-Control")).hasValue("private, max-age=5");
    assertThat(r.header("Retry-After")).hasValue("30");
  }

  @Test
  void sendErrorWithoutMessageHasNoDetail() throws Exception {
    assertProblem(Http.get(uri("/send-error/404")), 404, BASIC);
    assertThat(log.errors()).isEmpty();
  }

  @Test
  void sendErrorMessageBecomesCleanDetailOfClientError() throws Exception {
    assertDetail("/send-error/404-message", 404, "No order 42. Injected: yes");
  }

  @Test
  void sendErrorAfterTheWriterWasTakenStillWritesAValidProblem() throws Exception {
    Http.Reply r = Http.get(uri("/send-error/after-writer"));
    assertThat(r.status()).isEqualTo(404);
    // The writer keeps the charset it was created with, which may be announced as a parameter.
    assertThat(r.contentType()).startsWith(JSON);
    assertThat(r.body()).doesNotContain("partial");
    r.problem().hasExactlyMembers(WITH_DETAIL.toArray(String[]::new));
    assertThat(r.json().get("detail").asText()).isEqualTo("Bestellung \u201e42\u201c fehlt \ud83d\ude00");
  }

  @Test
  void longSendErrorMessageIsCutToTheLimit() throws Exception {
    Http.Reply r = Http.get(uri("/send-error/long"));
    assertProblem(r, 400, WITH_DETAIL);
    String detail = r.json().get("detail").asText();
    assertThat(detail).hasSize(4096).endsWith("x\u2026");
  }

  @Test
  void whatFollowsSendErrorIsIgnored() throws Exception {
    Http.Reply r = assertDetail("/send-error/then-write", 409, "Version conflict.");
    assertThat(r.header("X-Kept")).hasValue("yes");
    assertThat(r.header("X-After")).isEmpty();
    assertThat(r.body()).doesNotContain("written after");
  }

  @Test
  void unmappedPathIsNotFoundProblem() throws Exception {
    Http.Reply r = Http.get(uri("/nothing/here"));
    assertProblem(r, 404, BASIC);
    assertThat(log.errors()).isEmpty();
    assertThat(log.ours()).as("one DEBUG record naming who answered").singleElement()
        .extracting(LogRecord::getMessage).asString()
        .contains("GET /nothing/here", ": " + harness.unmappedPathAnsweredBy() + "(404)");
  }

  @ParameterizedTest
  @CsvSource({"PUT", "DELETE", "POST"})
  void wrongMethodOnServletIsMethodNotAllowedWithAllow(String method) throws Exception {
    Http.Reply r = Http.send(method, uri("/get-only"));
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.contentType()).isEqualTo(JSON);
    assertBasicMembers(r);
    assertThat(r.header("Allow")).hasValueSatisfying(allow ->
        assertThat(allow.split(",\\s*")).contains("GET", "OPTIONS").doesNotContain(method));
  }

  /**
   * Every container tested drops what an {@code AsyncContext.start} task throws and lets the
   * request time out; StatusKit's async context answers it at once.
   */
  @Test
  void asyncStartTaskFailureIsAnsweredAtOnce() throws Exception {
    Http.Reply r = Http.get(uri("/async/start-throws"));
    assertSafeServerError(r, 500);
    assertThat(log.errors().get(0).getThrown()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void asyncTimeoutIsServiceUnavailable() throws Exception {
    Http.Reply r = Http.get(uri("/async/timeout"));
    assertProblem(r, 503, Set.of("type", "title", "status", "detail", "instance"));
    assertThat(r.header("Retry-After")).isEmpty();
    assertThat(r.json().get("detail").asText())
        .isEqualTo("The request did not complete within the server's time limit.");
    assertThat(log.errors()).singleElement().extracting(LogRecord::getMessage).asString()
        .contains(r.json().get("instance").asText());
  }

  /**
   * Jetty's own error handling writes no body for PUT, DELETE and PATCH (jetty#163); here the
   * {@code sendError} on the response of {@code startAsync()} reaches StatusKit's wrapper on every
   * container, so no container's error handling is involved.
   */
  @ParameterizedTest
  @CsvSource({"GET", "PUT", "DELETE", "PATCH"})
  void asyncSendErrorAfterStartAsyncWithoutArgumentsIsAProblem(String method) throws Exception {
    assertSafeServerError(Http.send(method, uri("/async/send-error")), 503);
    // No exception stands behind a sendError: none is made up; the record names the call instead.
    assertThat(log.errors()).singleElement().satisfies(rec -> {
      assertThat(rec.getThrown()).isNull();
      assertThat(rec.getMessage()).contains("sendError(503, ");
    });
  }

  @ParameterizedTest
  @CsvSource({"PUT", "DELETE", "PATCH"})
  void unmappedPathIsAProblemForEveryMethod(String method) throws Exception {
    Http.Reply r = Http.send(method, uri("/nothing/here"));
    int status = harness.unmappedStatus(method);
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.contentType()).isEqualTo(JSON);
    if (status >= 500) {
      r.problem().hasExactlyMembers(WITH_INSTANCE.toArray(String[]::new));
    } else {
      assertBasicMembers(r);
    }
    if (status == 405 && harness.unmappedMethodNotAllowedHasAllow()) {
      assertThat(r.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).doesNotContain(method));
    } else if (status == 405) {
      assertThat(r.header("Allow")).isEmpty();
    }
  }

  /**
   * The suite runs on the Servlet API its container ships with, which {@link
   * #unmappedPathIsAProblemForEveryMethod} depends on: an {@code HttpServlet} of Servlet 6.1 declares
   * {@code doPatch} and refuses an unknown PATCH with 405, one of 6.0 answers 501. (Run with another
   * container's classes, as a {@code -Dtest} filter once did when all containers shared one module, the
   * Undertow suite got Tomcat 11's {@code HttpServlet} and 405.)
   */
  @Test
  void runsOnTheServletApiItsContainerShipsWith() {
    boolean declaresDoPatch = java.util.Arrays.stream(jakarta.servlet.http.HttpServlet.class.getDeclaredMethods())
        .anyMatch(m -> m.getName().equals("doPatch"));
    assertThat(declaresDoPatch ? "6.1" : "6.0").as("Servlet API of the HttpServlet on the class path of %s",
        harness.name()).isEqualTo(harness.servletApi());
  }

  @Test
  void asyncSendErrorOnTheWrappedResponseIsAnsweredByTheWrapper() throws Exception {
    assertDetail("/async/wrapped-send-error", 409, "Busy.");
  }

  @Test
  void committedResponseIsLeftAloneAndLoggedOnce() throws Exception {
    Http.Reply r = Http.raw("GET", uri("/committed"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/plain");
    assertThat(r.body()).contains("partial-body-").doesNotContain("problem", "\"type\"", Scenarios.SECRET);
    assertThat(log.errors()).singleElement().satisfies(rec -> {
      assertThat(rec.getMessage()).contains("GET /committed").containsPattern("urn:uuid:[0-9a-f-]{36}");
      assertThat(rec.getThrown()).isInstanceOf(IllegalStateException.class);
    });
  }

  // ---------------------------------------------------------------- languages

  /** The negotiation table: the field, then the language chosen and the title of 429 in it ({@code -}: none). */
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "de | de | Zu viele Anfragen",
      "de-AT | de | Zu viele Anfragen",
      "fr-CA, de;q=0.9 | fr | Trop de requêtes",
      "ko, ja;q=0.5 | ja | リクエストが多すぎます",
      "de;q=0.5, es;q=0.8 | es | Demasiadas solicitudes",
      "zh-Hant | zh-TW | 請求過多",
      "zh-CN | zh-CN | 请求过多",
      "* | en | Too Many Requests",
      "en;q=0, * | de | Zu viele Anfragen",
      "ko | - | Too Many Requests",
      "de;q=0 | - | Too Many Requests",
      "de;q=2 | - | Too Many Requests",
      "'de, @@' | - | Too Many Requests",
  })
  void acceptLanguageIsNegotiatedIntoTheTitle(String field, String language, String title) throws Exception {
    Http.Reply r = Http.get(uri("/throw/429"), "Accept-Language", field);
    assertProblem(r, 429, WITH_DETAIL);
    assertThat(r.header("Retry-After")).hasValue("120");
    assertThat(r.json().get("title").asText()).isEqualTo(title);
    assertThat(r.json().get("detail").asText()).isEqualTo("Slow down."); // a literal detail stays
    if (language.equals("-")) {
      assertThat(r.all("Content-Language")).isEmpty();
      assertThat(varyNames(r)).containsExactly("accept");
    } else {
      assertThat(r.all("Content-Language")).containsExactly(language);
      assertThat(varyNames(r)).containsExactly("accept", "accept-language");
    }
  }

  @Test
  void sendErrorAndTheContainersOwn404AreLocalized() throws Exception {
    Http.Reply sent = Http.get(uri("/send-error/404"), "Accept-Language", "zh-TW");
    assertProblem(sent, 404, BASIC);
    assertThat(sent.json().get("title").asText()).isEqualTo("找不到");
    assertThat(sent.all("Content-Language")).containsExactly("zh-TW");
    Http.Reply unmapped = Http.get(uri("/nothing/here"), "Accept-Language", "ja");
    assertProblem(unmapped, 404, BASIC);
    assertThat(unmapped.json().get("title").asText()).isEqualTo("見つかりません");
    assertThat(unmapped.all("Content-Language")).containsExactly("ja");
    assertThat(varyNames(unmapped)).containsExactly("accept", "accept-language");
  }

  @Test
  void everyRepresentationIsLocalized() throws Exception {
    Http.Reply xml = Http.get(uri("/send-error/404"), "Accept-Language", "de", "Accept", "application/problem+xml");
    assertThat(xml.contentType()).isEqualTo("application/problem+xml");
    assertThat(xml.all("Content-Language")).containsExactly("de");
    assertThat(xml.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\""
        + " xml:lang=\"de\"><type>about:blank</type><title>Nicht gefunden</title><status>404</status></problem>\n");
    Http.Reply html = Http.get(uri("/send-error/404"), "Accept-Language", "es", "Accept", "text/html");
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.all("Content-Language")).containsExactly("es");
    assertThat(html.body()).startsWith("<!DOCTYPE html>\n<html lang=\"es\">").contains("<h1>404 No encontrado</h1>");
    Http.Reply text = Http.get(uri("/send-error/404"), "Accept-Language", "fr", "Accept", "text/plain");
    assertThat(text.contentType()).startsWith("text/plain");
    assertThat(text.all("Content-Language")).containsExactly("fr");
    assertThat(text.body()).isEqualTo(Http.get(uri("/send-error/404"), "Accept", "text/plain").body()
        .replace("Not Found", "Introuvable"));
    assertThat(varyNames(text)).containsExactly("accept", "accept-language");
  }

  @Test
  void headCarriesTheLanguageFieldsWithoutBody() throws Exception {
    Http.Reply r = Http.raw("HEAD", uri("/throw/429"), "Accept-Language", "de");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.header("Retry-After")).hasValue("120");
    assertThat(r.contentType()).isEqualTo(JSON);
    assertThat(r.all("Content-Language")).containsExactly("de");
    assertThat(varyNames(r)).containsExactly("accept", "accept-language");
    assertThat(r.body()).isEmpty();
  }

  private static List<String> varyNames(Http.Reply r) {
    List<String> names = new java.util.ArrayList<>();
    for (String line : r.all("Vary")) {
      for (String n : line.split(",")) {
        names.add(n.strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  @Test
  void headGetsTheHeadersWithoutBody() throws Exception {
    Http.Reply r = Http.raw("HEAD", uri("/throw/429"));
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.header("Retry-After")).hasValue("120");
    assertThat(r.contentType()).isEqualTo(JSON);
    assertThat(r.header("Vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("Accept"));
    assertThat(r.body()).isEmpty();
  }

  /**
   * HEAD of a {@code sendError}, of the container's 404 and of the error page (an error raised before
   * StatusKit's filter): the status, the field it requires and the problem's type, without a body.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sendError       | /send-error/401 | 401 | WWW-Authenticate | Basic realm=\"scenarios\"",
      "unmapped path   | /nothing/here   | 404 |                  |",
      "error page      | /gate/deny      | 401 | WWW-Authenticate | Basic realm=\"gate\""})
  void headGetsTheFieldsWithoutBody(String name, String path, int status, String field, String value)
      throws Exception {
    Http.Reply r = Http.raw("HEAD", uri(path));
    assertThat(r.status()).isEqualTo(status);
    if (field != null) {
      assertThat(r.header(field)).hasValue(value);
    }
    assertThat(r.contentType()).isEqualTo(JSON);
    assertThat(r.body()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                                                                      | application/problem+json",
      "application/json                                                        | application/problem+json",
      "application/problem+json                                                | application/problem+json",
      "application/problem+xml                                                 | application/problem+xml",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8         | text/html;charset=utf-8",
      "text/plain                                                              | text/plain;charset=utf-8"})
  void acceptChoosesTheRepresentation(String accept, String contentType) throws Exception {
    Http.Reply r = accept.isEmpty() ? Http.get(uri("/throw/429")) : Http.get(uri("/throw/429"), "Accept", accept);
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.header("Retry-After")).hasValue("120");
    assertThat(r.contentType()).isEqualTo(contentType);
    assertThat(r.header("Vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("Accept"));
    switch (contentType) {
      case "application/problem+json" -> r.problem().hasExactlyMembers(WITH_DETAIL.toArray(String[]::new));
      case "application/problem+xml" -> {
        Element root = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("problem");
        assertThat(root.getNamespaceURI()).isEqualTo("urn:ietf:rfc:7807");
        assertThat(root.getElementsByTagNameNS("urn:ietf:rfc:7807", "status").item(0).getTextContent())
            .isEqualTo("429");
      }
      default -> assertThat(r.body()).contains("Too Many Requests", "Slow down.");
    }
  }

  @Test
  void errorPageAnswersAnUnknownExceptionThrownBeforeTheFilterSafely() throws Exception {
    assertSafeServerError(Http.get(uri("/gate/unknown")), 500);
    assertThat(log.errors().get(0).getThrown()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void errorPageKeepsHeadersAndCleanMessageOfAContainerSendError() throws Exception {
    Http.Reply r = assertDetail("/gate/deny", 401, "Gate closed.");
    assertThat(r.header("WWW-Authenticate")).hasValue("Basic realm=\"gate\"");
    assertThat(log.ours()).singleElement().extracting(LogRecord::getMessage).asString()
        .contains(": container(401");
  }

  /** The containers' own pages (Tomcat's report with a stack trace, Jetty's, Undertow's) are replaced. */
  @ParameterizedTest
  @CsvSource({"/nothing/here, 404", "/throw/unknown, 500", "/gate/unknown, 500", "/send-error/503-message, 503"})
  void browsersGetStatusKitsPageNotTheContainers(String path, int status) throws Exception {
    Http.Reply r = Http.get(uri(path), "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.contentType()).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body()).contains(Integer.toString(status))
        .doesNotContain(Scenarios.SECRET, "Exception", "at dev.", "Tomcat", "Jetty", "Undertow", "upstream");
  }

  @Test
  void errorPageAnswersDirectRequestsWithNotFound() throws Exception {
    assertProblem(Http.get(uri(StatusKitServlet.ERROR_PAGE)), 404, BASIC);
  }

  @Test
  void contextParamsConfigureStatusKit() throws Exception {
    onAnother(Map.of("statuskit.expose-details", "true"), b -> {
      Http.Reply r = Http.get(b.resolve("/throw/unknown"));
      assertProblem(r, 500, Set.of("type", "title", "status", "detail", "instance"));
      assertThat(r.json().get("detail").asText()).startsWith("java.lang.IllegalStateException: password");
    });
  }

  /**
   * The type URIs under statuskit.problem-docs answer their documentation, from the catalog on the
   * class path. Not where the container answers unmapped paths itself, before any filter (embedded
   * Tomcat without a default servlet): there the base needs a servlet mapping, as README says.
   */
  @Test
  void problemTypeUrisAnswerTheirDocumentation() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(harness.unmappedPathAnsweredBy().equals("container"),
        "the container answers unmapped paths before filters run");
    onAnother(Map.of("statuskit.problem-docs", "https://shop.example/problems/"), b -> {
      Http.Reply page = Http.get(b.resolve("/problems/out-of-stock"), "Accept", "text/html,*/*;q=0.8");
      Http.Reply schema = Http.get(b.resolve("/problems/out-of-stock"), "Accept", "application/schema+json");
      String etag = page.header("ETag").orElseThrow();
      Http.Reply head = Http.send("HEAD", b.resolve("/problems/out-of-stock"), "Accept", "text/html");
      Http.Reply notModified = Http.get(b.resolve("/problems/out-of-stock"), "Accept", "text/html",
          "If-None-Match", etag);
      Http.Reply unknown = Http.get(b.resolve("/problems/nothing"));
      Http.Reply index = Http.get(b.resolve("/problems/"));

      assertThat(page.status()).isEqualTo(200);
      assertThat(page.contentType()).isEqualTo("text/html;charset=utf-8");
      assertThat(page.header("Vary")).hasValue("Accept");
      assertThat(page.header("Cache-Control")).hasValue("max-age=3600");
      assertThat(etag).matches("\"[0-9a-f]{24}\"");
      assertThat(page.body()).contains("<h1>Out of stock</h1><p class=\"detail\">No copy is left.</p>")
          .contains("<dt>Status</dt><dd>409 Conflict</dd>").doesNotContain("<script");
      assertThat(schema.status()).isEqualTo(200);
      assertThat(schema.contentType()).isEqualTo("application/schema+json");
      assertThat(schema.json().get("properties").get("status").get("const").asInt()).isEqualTo(409);
      assertThat(schema.json().get("properties").get("sku").get("type").asText()).isEqualTo("string");
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(head.header("ETag")).hasValue(etag);
      assertThat(head.header("Content-Length")).hasValue(Integer.toString(
          page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
      assertThat(notModified.status()).isEqualTo(304);
      assertThat(notModified.body()).isEmpty();
      assertThat(notModified.header("ETag")).hasValue(etag);
      // Not in this catalog: down the chain, where nothing answers it; the container's 404 becomes a problem.
      assertProblem(unknown, 404, BASIC);
      assertThat(index.status()).isEqualTo(200);
      assertThat(index.body()).contains("<a href=\"/problems/out-of-stock\">Out of stock</a>");
      assertProblem(Http.get(b.resolve("/nothing/here")), 404, BASIC);
    });
  }

  @Test
  void mapUnhandledOffLeavesUnknownExceptionsToTheContainersErrorPage() throws Exception {
    onAnother(Map.of("statuskit.map-unhandled", "false"), b -> {
      log.clear();
      // The filter rethrows; the container dispatches to the default error page, StatusKit's.
      assertSafeServerError(Http.get(b.resolve("/throw/unknown")), 500);
      assertThat(log.errors().get(0).getThrown()).isInstanceOf(IllegalStateException.class);
      assertProblem(Http.get(b.resolve("/throw/429")), 429, WITH_DETAIL);
    });
  }

  @Test
  void sendErrorCanBeLeftToTheContainersErrorPages() throws Exception {
    onAnother(Map.of("statuskit.replace-send-error", "false"), b -> {
      log.clear();
      Http.Reply r = Http.get(b.resolve("/send-error/401"));
      // No application error page for 401 here, so the container picks StatusKit's default one.
      assertProblem(r, 401, BASIC);
      assertThat(r.header("WWW-Authenticate")).hasValue("Basic realm=\"scenarios\"");
      // Jetty passes the reason phrase as message; StatusKit drops a detail equal to the title.
      assertThat(log.ours()).singleElement().extracting(LogRecord::getMessage).asString()
          .contains(": container(401");
      Http.Reply put = Http.send("PUT", b.resolve("/get-only"));
      assertThat(put.status()).isEqualTo(405);
      assertThat(put.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    });
  }

  @Test
  void badSettingFailsTheDeployment() throws Exception {
    ServletContainerHarness other = newHarness();
    try {
      Map<String, String> bad = Map.of("statuskit.max-detail-length", "lots");
      if (other.initFailureFailsDeployment()) {
        // The deployment fails because of the bad setting, which the failure names with its value.
        assertThatThrownBy(() -> other.start(bad))
            .hasStackTraceContaining("statuskit.max-detail-length=\"lots\"");
      } else {
        // The deployment stays up, but the filter's init fails on the first request: no request
        // gets an answer from a misconfigured StatusKit.
        URI b = other.start(bad);
        Http.Reply r = Http.get(b.resolve("/throw/429"));
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.header("Retry-After")).isEmpty();
      }
    } finally {
      other.stop();
    }
  }

  // ---------------------------------------------------------------- what hooks are told

  /**
   * Header fields a container adds on its own for framing and connection management, which no hook
   * can know of; exactly those seen on the wire of these scenarios. Tomcat 11 and 10, Undertow:
   * Connection, Content-Length, Date. Jetty EE10 and EE11: Connection, Content-Length, Date,
   * Server. Connection is the answer to the request's {@code Connection: close}.
   */
  private static final Set<String> CONTAINER_FIELDS = caseInsensitive("Connection", "Content-Length", "Date", "Server");

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(List.of(names));
    return set;
  }

  /**
   * Listeners, CDI observers and the log are promised the response as it is sent: the same status,
   * the same header fields with the same values in the same order, the same problem.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "thrown TooManyRequestsException with Retry-After                   | 429 | GET | /wire/429/",
      "sendError(401) after WWW-Authenticate and Cache-Control were set   | 401 | GET | /wire/401/",
      "sendError(405) with Allow from the servlet's doXxx methods         | 405 | PUT | /wire-get-only/",
      "thrown unexpected exception 500                                    | 500 | GET | /wire/boom/",
      "async time-out 503                                                 | 503 | GET | /wire/timeout/",
      "the container's 404 for an unmapped path                           | 404 | GET | /nowhere/",
      "error page: a 429 thrown before StatusKit's filter                 | 429 | GET | /gate/typed/",
      "error page: an unexpected exception thrown before the filter       | 500 | GET | /gate/unknown/",
      "error page: the container's sendError(401) with WWW-Authenticate  | 401 | GET | /gate/deny/"})
  void listenerSeesTheResponseThatGoesOnTheWire(String name, int status, String method, String path) throws Exception {
    String token = RecordingListener.token();
    Http.Reply r = Http.raw(method, uri(path + token));
    assertThat(r.status()).as("the scenario's own status, in %s %s", r.headers(), r.body()).isEqualTo(status);

    List<ProblemEvent> events = RecordingListener.eventsFor(token);
    assertThat(events).as("events for %s %s", method, path + token).hasSize(1);
    RecordingListener.Recorded told = RecordingListener.recorded(events.get(0));
    Map<String, List<String>> wire = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    wire.putAll(r.headers());
    byte[] body = r.body().getBytes(StandardCharsets.ISO_8859_1); // Http.raw reads bytes as ISO-8859-1

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(told.status()).as("status: listener was told %d, the wire has %d", told.status(), r.status())
        .isEqualTo(r.status());
    told.headers().forEach((field, values) -> soft.assertThat(fieldValue(wire.getOrDefault(field, List.of())))
        .as("%s: listener was told %s, the wire has %s", field, values, wire.get(field))
        .isEqualTo(fieldValue(values)));
    Set<String> unreported = caseInsensitive(told.unreported().toArray(String[]::new));
    wire.forEach((field, values) -> {
      if (!CONTAINER_FIELDS.contains(field) && !unreported.contains(field)) {
        soft.assertThat(told.headers()).as("%s: the wire has %s, the listener was told of %s", field, values,
            told.headers()).containsKey(field);
      }
    });
    told.mediaType().ifPresent(type -> soft.assertThat(wire.getOrDefault("Content-Type", List.of()))
        .as("Content-Type: listener was told %s, the wire has %s", type, wire.get("Content-Type")).containsExactly(type));
    told.body().ifPresent(bytes -> soft.assertThat(body)
        .as("body: listener was told %s, the wire has %s", new String(bytes, StandardCharsets.UTF_8),
            new String(body, StandardCharsets.UTF_8))
        .isEqualTo(bytes));
    Problem sent = ProblemReader.fromJson(body);
    soft.assertThat(told.problem()).as("problem: listener was told %s, the wire has %s (%s)", told.problem(), sent,
        new String(body, StandardCharsets.UTF_8)).isEqualTo(sent);
    soft.assertAll();
  }

  /** One field's value, its lines joined as RFC 9110 §5.3 allows. */
  private static String fieldValue(List<String> lines) {
    return String.join(",", lines).replaceAll("\\s*,\\s*", ",");
  }

  // ---------------------------------------------------------------- the connection after an error

  /**
   * Each kind of error, then a plain request on the same connection: the error is framed, carries
   * exactly one {@code Date}, and the next request gets its own answer, or the error says
   * {@code Connection: close} and the connection ends. Regression: Payara Micro sent no Date.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "GET  | /throw/429       | 429 | ",
      "HEAD | /throw/429       | 429 | ",
      "GET  | /throw/426       | 426 | ",
      "GET  | /throw/boom      | 500 | ",
      "GET  | /send-error/404  | 404 | ",
      "POST | /throw/413       | 413 | 0123456789abcdefghijklmnopqrstuvwxyz",
      "POST | /get-only        | 405 | {\"sku\": \"a\"}",
      "PUT  | /throw/401       | 401 | the content, unread",
  })
  void afterEachKindOfErrorTheNextRequestIsAnsweredOrTheConnectionCloses(String method, String path, int status,
      String body) throws Exception {
    List<dev.statuskit.testsupport.Pipeline.Response> got = dev.statuskit.testsupport.Pipeline.send(uri("/"),
        new boolean[] {method.equals("HEAD"), false},
        dev.statuskit.testsupport.Pipeline.withBody(method, uri(path), body, "Content-Type", "text/plain"),
        dev.statuskit.testsupport.Pipeline.request("GET", uri("/get-only")));

    assertThat(got).isNotEmpty();
    dev.statuskit.testsupport.Pipeline.Response error = got.get(0);
    assertThat(error.status).as("%s", error).isEqualTo(status);
    error.assertFramedWithOneDate(method + " " + path);
    assertThat(error.all("Content-Type")).as("%s", error).containsExactly(JSON);
    if (!method.equals("HEAD")) {
      assertThat(error.framing).as("%s", error).isEqualTo("length");
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(error.body).get("status").asInt())
          .isEqualTo(status);
    } else {
      assertThat(error.all("Content-Length")).as("HEAD: the length a GET gets, %s", error).hasSize(1);
    }
    if (error.closes()) {
      assertThat(got).as("after Connection: close").hasSize(1);
    } else {
      assertThat(got).as("the next request on the same connection").hasSize(2);
      assertThat(got.get(1).status).as("%s", got.get(1)).isEqualTo(200);
      assertThat(got.get(1).body).isEqualTo("ok");
    }
  }
}
