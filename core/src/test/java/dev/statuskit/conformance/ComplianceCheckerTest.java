package dev.statuskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.statuskit.HttpStatus;
import dev.statuskit.HttpStatus.HeaderRule;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComplianceCheckerTest {

  private static final String DATE = "Sun, 06 Nov 1994 08:49:37 GMT";
  private static final String PROBLEM = "application/problem+json";

  /** A response builder: status, field lines, body. */
  private static final class R {
    final int status;
    final Map<String, List<String>> fields = new LinkedHashMap<>();
    byte[] body = new byte[0];
    String method;

    R(int status) {
      this.status = status;
      fields.put("Date", List.of(DATE));
    }

    R with(String name, String... values) {
      fields.put(name, List.of(values));
      return this;
    }

    R without(String name) {
      fields.remove(name);
      return this;
    }

    R body(String text) {
      body = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    R problem(String json) {
      return with("Content-Type", PROBLEM).body(json);
    }

    R method(String m) {
      method = m;
      return this;
    }

    List<Violation> check() {
      return ComplianceChecker.check(ResponseView.of(method, status, fields, body));
    }

    List<String> keys() {
      return check().stream().map(v -> v.severity() + " " + v.key()).toList();
    }
  }

  /** A response that carries every unconditional MUST/SHOULD field of its status, with valid values. */
  private static R complete(HttpStatus s) {
    R r = new R(s.code());
    for (HeaderRule rule : s.headerRules()) {
      if (rule.when().isEmpty() && (rule.requirement() == HeaderRule.Requirement.MUST
          || rule.requirement() == HeaderRule.Requirement.SHOULD)) {
        r.with(rule.field(), switch (rule.field()) {
          case "Connection" -> "upgrade";
          case "Upgrade" -> "HTTP/3.0";
          case "Location" -> "/elsewhere";
          case "Allow" -> "GET";
          case "ETag" -> "\"v1\"";
          default -> "Bearer realm=\"api\"";
        });
      }
    }
    if (s == HttpStatus.RANGE_NOT_SATISFIABLE) {
      r.with("Content-Range", "bytes */47022");
    }
    if (s.isContentAllowed()) {
      r.problem("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + s.code() + "}");
    }
    return r;
  }

  static Stream<HttpStatus> registered() {
    return HttpStatus.values().stream().filter(s -> s.code() >= 200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("registered")
  void aResponseWithEveryFieldItsStatusRequiresIsConformant(HttpStatus s) {
    assertThat(complete(s).check()).as("%s", s).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("registered")
  void eachUnconditionalMustFieldThatIsMissingIsAMustViolationCitingTheTable(HttpStatus s) {
    for (String field : s.requiredHeaders()) {
      List<Violation> v = complete(s).without(field).check();
      assertThat(v).as("%s without %s", s, field).anySatisfy(x -> {
        assertThat(x.rule()).isEqualTo(ComplianceChecker.FIELD_REQUIRED);
        assertThat(x.severity()).isEqualTo(Severity.MUST);
        assertThat(x.field()).isEqualTo(field);
        assertThat(x.reference()).startsWith("RFC ");
        assertThat(x.message()).isEqualTo(s + " without " + field);
      });
    }
  }

  @Test
  void methodNotAllowedWithoutAllowCitesRfc9110() {
    assertThat(new R(405).check()).extracting(Violation::toString)
        .containsExactly("MUST: 405 Method Not Allowed without Allow (RFC 9110 §15.5.6)");
  }

  @ParameterizedTest
  @CsvSource({"401, WWW-Authenticate, RFC 9110 §15.5.2", "407, Proxy-Authenticate, RFC 9110 §15.5.8",
      "303, Location, RFC 9110 §15.4.4", "426, Upgrade, RFC 9110 §15.5.22"})
  void challengesLocationAndUpgradeAreMust(int code, String field, String reference) {
    assertThat(complete(HttpStatus.valueOf(code)).without(field).check()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.MUST);
      assertThat(v.key()).isEqualTo("field-required:" + field);
      assertThat(v.reference()).isEqualTo(reference);
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307, 308})
  void otherRedirectionsWithoutLocationAreShould(int code) {
    assertThat(new R(code).keys()).containsExactly("SHOULD field-required:Location");
  }

  @Test
  void upgradeWithoutTheUpgradeConnectionOptionIsMust() {
    List<Violation> v = complete(HttpStatus.UPGRADE_REQUIRED).with("Connection", "close").check();
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.key()).isEqualTo("connection-upgrade:Connection");
      assertThat(x.reference()).isEqualTo("RFC 9110 §7.8");
      assertThat(x.message()).contains("\"close\"");
    });
    assertThat(complete(HttpStatus.UPGRADE_REQUIRED).with("Connection", "keep-alive, Upgrade").check()).isEmpty();
    assertThat(complete(HttpStatus.UPGRADE_REQUIRED).with("Connection", "close", "upgrade").check()).isEmpty();
  }

  @Test
  void rangeNotSatisfiableTakesTheUnsatisfiedRangeForm() {
    assertThat(complete(HttpStatus.RANGE_NOT_SATISFIABLE).with("Content-Range", "bytes 0-9/47022").check())
        .singleElement().satisfies(v -> {
          assertThat(v.key()).isEqualTo("content-range-form:Content-Range");
          assertThat(v.severity()).isEqualTo(Severity.MUST);
          assertThat(v.reference()).isEqualTo("RFC 9110 §14.4");
        });
    assertThat(complete(HttpStatus.RANGE_NOT_SATISFIABLE).without("Content-Range").keys())
        .containsExactly("SHOULD field-required:Content-Range");
    assertThat(complete(HttpStatus.RANGE_NOT_SATISFIABLE).with("Content-Range", "items */12").check()).isEmpty();
  }

  @Test
  void noContentWithContentLengthOrContentIsMust() {
    assertThat(new R(204).with("Content-Length", "0").keys()).containsExactly("MUST field-prohibited:Content-Length");
    assertThat(new R(204).body("x").check()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(ComplianceChecker.CONTENT_NOT_ALLOWED);
      assertThat(v.field()).isNull();
      assertThat(v.key()).isEqualTo("content-not-allowed");
      assertThat(v.reference()).isEqualTo("RFC 9110 §15.3.5");
      assertThat(v.message()).isEqualTo("204 No Content with 1 bytes of content");
    });
    assertThat(new R(304).body("{}").keys()).containsExactly("MUST content-not-allowed");
  }

  @Test
  void responseToHeadWithContentIsMust() {
    List<Violation> v = new R(200).with("Content-Type", "text/plain").body("hi").method("HEAD").check();
    assertThat(v).singleElement().satisfies(x -> assertThat(x.reference()).isEqualTo("RFC 9110 §9.3.2"));
    assertThat(new R(200).with("Content-Type", "text/plain").body("hi").method("GET").check()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 302, 404, 499})
  void dateIsRequiredOnTwoToFourHundreds(int code) {
    R r = new R(code).without("Date");
    if (code == 302) {
      r.with("Location", "/x");
    }
    assertThat(r.check()).singleElement().satisfies(v -> {
      assertThat(v.key()).isEqualTo("date:Date");
      assertThat(v.severity()).isEqualTo(Severity.MUST);
      assertThat(v.reference()).isEqualTo("RFC 9110 §6.6.1");
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 500, 503, 599})
  void dateIsOptionalOnInformationalAndServerErrors(int code) {
    assertThat(new R(code).without("Date").check()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sun, 6 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "yesterday",
      "Sun, 06 Nov 1994 08:49:37 +0000", "Mon, 06 Nov 1994 08:49:37 GMT", "Sun, 31 Nov 1994 08:49:37 GMT",
      "Sun, 06 Nox 1994 08:49:37 GMT", "Sun, 06 ovD 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:49:37 GMT",
      "Sun, 06 Nov 1994 08:60:37 GMT", "Sun, 06 Nov 1994 08:49:61 GMT", "Sun, 0x Nov 1994 08:49:37 GMT",
      "Sun, 00 Nov 1994 08:49:37 GMT", "Sux, 06 Nov 1994 08:49:37 GMT", "unS, 06 Nov 1994 08:49:37 GMT",
      "Sun; 06 Nov 1994 08:49:37 GMT", "Sun,-06 Nov 1994 08:49:37 GMT", "Sun, 06-Nov 1994 08:49:37 GMT",
      "Sun, 06 Nov-1994 08:49:37 GMT", "Sun, 06 Nov 1994-08:49:37 GMT", "Sun, 06 Nov 1994 08-49:37 GMT",
      "Sun, 06 Nov 1994 08:49-37 GMT", "Sun, 06 Nov 1994 08:49:37-GMT", "Sun, 06 Nov 1994 08:49:37 UTC"})
  void dateThatIsNotAnImfFixdateIsMust(String date) {
    assertThat(new R(200).with("Date", date).keys()).containsExactly("MUST date-format:Date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tue, 29 Feb 2028 23:59:60 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", DATE})
  void imfFixdatesAreAccepted(String date) {
    assertThat(new R(200).with("Date", date).check()).isEmpty();
    assertThat(new R(200).with("Date", date).check()).as("remembered").isEmpty();
  }

  @Test
  void singletonFieldsOnSeveralLinesAreMust() {
    assertThat(new R(200).with("Date", DATE, DATE).keys()).containsExactly("MUST field-singleton:Date");
    assertThat(new R(200).with("content-type", "text/plain", "text/html").body("x").keys())
        .containsExactly("MUST field-singleton:Content-Type");
    assertThat(new R(200).with("Vary", "Accept", "Accept-Language").check()).isEmpty();
  }

  @Test
  void fieldNamesAreTokensAndValuesHaveNoControlCharacters() {
    assertThat(new R(200).with("Bad Name", "x").keys()).containsExactly("MUST field-name:Bad Name");
    for (String value : List.of("a\r\nInjected: 1", "a\nb", "a\u0000b", "a\u0001b", "a\u007fb")) {
      assertThat(new R(200).with("X-Value", value).check()).as(value).singleElement().satisfies(v -> {
        assertThat(v.key()).isEqualTo("field-value:X-Value");
        assertThat(v.reference()).isEqualTo("RFC 9110 §5.5");
      });
    }
    assertThat(new R(200).with("X-Value", "a\tb é").check()).isEmpty();
  }

  @Test
  void contentWithoutContentTypeIsShould() {
    assertThat(new R(200).body("x").check()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.SHOULD);
      assertThat(v.key()).isEqualTo("content-type:Content-Type");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[1]|the JSON value is not an object",
      "{\"status\":\"404\"}|status",
      "{\"type\":42}|type",
      "{\"title\":[]}|title",
      "{\"detail\":false}|detail",
      "{\"instance\":\"a b\"}|instance",
      "{\"status\":404.5}|status",
      "{\"status\":404|JSON",
  })
  void problemBodyMembersFollowRfc9457AppendixA(String json, String named) {
    assertThat(new R(404).problem(json).check()).singleElement().satisfies(v -> {
      assertThat(v.key()).isEqualTo("problem-document");
      assertThat(v.severity()).isEqualTo(Severity.MUST);
      assertThat(v.message()).contains(named);
      assertThat(v.reference()).isEqualTo("RFC 9457 §3.1, Appendix A");
    });
  }

  @Test
  void problemStatusMemberMatchesTheResponse() {
    assertThat(new R(404).problem("{\"status\":400}").check()).singleElement().satisfies(v -> {
      assertThat(v.key()).isEqualTo("problem-status");
      assertThat(v.reference()).isEqualTo("RFC 9457 §3.1.2");
      assertThat(v.message()).isEqualTo("problem member status 400 differs from the response's 404");
    });
    assertThat(new R(404).with("Content-Type", "Application/Problem+JSON; charset=utf-8").body("{\"status\":404}")
        .check()).isEmpty();
    assertThat(new R(404).problem("{}").check()).isEmpty();
  }

  @Test
  void otherMediaTypesAreNotReadAsProblems() {
    assertThat(new R(404).with("Content-Type", "application/json").body("[1]").check()).isEmpty();
  }

  @Test
  void aBodyThatWasNotCapturedSkipsTheBodyRules() {
    assertThat(ComplianceChecker.check(ResponseView.of(204, Map.of("Date", List.of(DATE)), null))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {99, 600, 0, -1})
  void statusOutsideTheRangeIsMust(int code) {
    assertThat(new R(code).check()).singleElement().satisfies(v -> {
      assertThat(v.key()).isEqualTo("status");
      assertThat(v.message()).contains(Integer.toString(code));
    });
  }

  @Test
  void mustViolationsComeFirstAndCanBeAskedAlone() {
    R r = new R(405).with("Location", "x").without("Date").body("x");
    assertThat(r.keys()).containsExactly("MUST field-required:Allow", "MUST date:Date", "SHOULD content-type:Content-Type");
    assertThat(ComplianceChecker.mustViolations(ResponseView.of(405, r.fields, r.body)))
        .extracting(Violation::key).containsExactly("field-required:Allow", "date:Date");
  }

  @Test
  void networkAuthenticationRequiredShouldNotChallenge() {
    assertThat(complete(HttpStatus.NETWORK_AUTHENTICATION_REQUIRED).with("WWW-Authenticate", "Basic").keys())
        .containsExactly("SHOULD field-prohibited:WWW-Authenticate");
  }

  @Test
  void nullResponseIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> ComplianceChecker.check(null)).withMessage("response");
  }
}
