package dev.statuskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.HttpStatus.HeaderRule;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpStatusTest {

  /** The IANA registry rows the library tabulates (RFC 9110 §16.2.1 and the RFCs that add codes). */
  static final List<Integer> REGISTRY = IntStream.concat(IntStream.of(
      100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
      300, 301, 302, 303, 304, 305, 306, 307, 308),
      IntStream.concat(IntStream.rangeClosed(400, 418), IntStream.concat(IntStream.rangeClosed(421, 426),
          IntStream.concat(IntStream.of(428, 429, 431, 451),
              IntStream.concat(IntStream.rangeClosed(500, 508), IntStream.of(510, 511))))))
      .boxed().toList();

  @Test
  void registryHoldsExactlyTheTabulatedCodesInOrder() {
    assertThat(HttpStatus.values()).extracting(HttpStatus::code).containsExactlyElementsOf(REGISTRY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "413|Content Too Large", "414|URI Too Long", "416|Range Not Satisfiable", "422|Unprocessable Content",
      "418|I'm a teapot", "429|Too Many Requests", "451|Unavailable For Legal Reasons", "306|(Unused)",
      "505|HTTP Version Not Supported", "226|IM Used", "103|Early Hints"})
  void reasonPhrasesAreThoseOfRfc9110(int code, String phrase) {
    assertThat(HttpStatus.valueOf(code).reasonPhrase()).isEqualTo(phrase);
    assertThat(HttpStatus.valueOf(code)).hasToString(code + " " + phrase);
  }

  @Test
  void everyRegisteredStatusHasPhraseReferenceAndSeries() {
    for (HttpStatus s : HttpStatus.values()) {
      assertThat(s.reasonPhrase()).as("phrase of %d", s.code()).isNotBlank();
      assertThat(s.reference()).as("reference of %d", s.code()).hasValueSatisfying(r -> assertThat(r).matches("RFC \\d+ §[\\d.]+"));
      assertThat(s.series().ordinal()).isEqualTo(s.code() / 100 - 1);
      assertThat(s.isRegistered()).isTrue();
      assertThat(HttpStatus.valueOf(s.code())).isSameAs(s);
      assertThat(HttpStatus.resolve(s.code())).containsSame(s);
    }
  }

  @Test
  void unregisteredCodesAreRepresentableWithoutRules() {
    HttpStatus s = HttpStatus.valueOf(599);
    assertThat(s.isRegistered()).isFalse();
    assertThat(s.series()).isEqualTo(HttpStatus.Series.SERVER_ERROR);
    assertThat(s.reasonPhrase()).isEmpty();
    assertThat(s.headerRules()).isEmpty();
    assertThat(s.isContentAllowed()).isTrue();
    assertThat(s).isEqualTo(HttpStatus.valueOf(599)).hasToString("599");
    assertThat(HttpStatus.resolve(599)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 99, 600, 1000})
  void valueOfRejectsCodesOutsideTheRangeWithAClearMessage(int code) {
    assertThatIllegalArgumentException().isThrownBy(() -> HttpStatus.valueOf(code))
        .withMessageContaining(Integer.toString(code)).withMessageContaining("100-599");
    assertThat(HttpStatus.resolve(code)).isEmpty();
  }

  @Test
  void contentIsNotAllowedForInformationalNoContentResetContentAndNotModified() {
    assertThat(HttpStatus.values()).filteredOn(s -> !s.isContentAllowed()).extracting(HttpStatus::code)
        .containsExactly(100, 101, 102, 103, 204, 205, 304);
  }

  @Test
  void heuristicallyCacheableCodesAreThoseOfStandardsSection14() {
    assertThat(HttpStatus.values()).filteredOn(HttpStatus::isHeuristicallyCacheable).extracting(HttpStatus::code)
        .containsExactly(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "401|WWW-Authenticate", "405|Allow", "407|Proxy-Authenticate", "426|Upgrade,Connection",
      "303|Location", "101|Upgrade,Connection", "226|ETag"})
  void requiredHeadersComeFromTheRuleTable(int code, String fields) {
    assertThat(HttpStatus.valueOf(code).requiredHeaders()).containsExactly(fields.split(","));
  }

  @Test
  void onlyTheTabulatedStatusesRequireHeaders() {
    assertThat(HttpStatus.values()).filteredOn(s -> !s.requiredHeaders().isEmpty()).extracting(HttpStatus::code)
        .containsExactly(101, 226, 303, 401, 405, 407, 426);
  }

  @Test
  void prohibitionsAreDataToo() {
    assertThat(HttpStatus.NETWORK_AUTHENTICATION_REQUIRED.prohibitedHeaders()).containsExactly("WWW-Authenticate");
    assertThat(HttpStatus.NO_CONTENT.prohibitedHeaders()).containsExactly("Content-Length", "Transfer-Encoding");
    // 415's MUST NOT on Accept-Encoding is conditional, so it is a rule but not an unconditional prohibition.
    assertThat(HttpStatus.UNSUPPORTED_MEDIA_TYPE.headerRules())
        .anySatisfy(r -> {
          assertThat(r.field()).isEqualTo("Accept-Encoding");
          assertThat(r.requirement()).isEqualTo(HeaderRule.Requirement.MUST_NOT);
          assertThat(r.when()).isPresent();
        });
    assertThat(HttpStatus.UNSUPPORTED_MEDIA_TYPE.prohibitedHeaders()).isEmpty();
  }

  @Test
  void optionalRetryAfterIsRecordedFor413And429And503() {
    for (HttpStatus s : List.of(HttpStatus.CONTENT_TOO_LARGE, HttpStatus.TOO_MANY_REQUESTS, HttpStatus.SERVICE_UNAVAILABLE)) {
      assertThat(s.headerRules()).extracting(HeaderRule::field).contains("Retry-After");
    }
    assertThat(HttpStatus.CONTENT_TOO_LARGE.headerRules().get(0).requirement()).isEqualTo(HeaderRule.Requirement.SHOULD);
    assertThat(HttpStatus.TOO_MANY_REQUESTS.headerRules().get(0).requirement()).isEqualTo(HeaderRule.Requirement.MAY);
  }

  @Test
  void seriesOfEachClass() {
    assertThat(HttpStatus.Series.of(199)).isEqualTo(HttpStatus.Series.INFORMATIONAL);
    assertThat(HttpStatus.Series.of(200)).isEqualTo(HttpStatus.Series.SUCCESSFUL);
    assertThat(HttpStatus.Series.of(399)).isEqualTo(HttpStatus.Series.REDIRECTION);
    assertThat(HttpStatus.Series.of(400)).isEqualTo(HttpStatus.Series.CLIENT_ERROR);
    assertThat(HttpStatus.Series.of(599)).isEqualTo(HttpStatus.Series.SERVER_ERROR);
    assertThat(HttpStatus.NOT_FOUND.isError()).isTrue();
    assertThat(HttpStatus.FOUND.isError()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"100, false", "103, false", "199, false", "200, true", "304, true", "451, true", "499, true",
      "500, false", "599, false"})
  void dateIsRequiredOnTwoToFourHundreds(int code, boolean required) {
    assertThat(HttpStatus.valueOf(code).requiresDate()).isEqualTo(required);
  }
}
